"""``careplan-assistant``: search, ask, review, index, evaluate, export the app's ratings and start the app
from the command line.

Errors the user can fix are printed in Japanese on stderr with exit status 2,
argument errors included (:mod:`.cli_messages`), and never as a Traceback;
output cut short by a closed pipe (``| head``) ends quietly.  JSON output
(``--json``) is the machine interface and is documented in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cli_messages import JapaneseArgumentParser, undecodable, undecodable_message
from .guidelines.corpus import CorpusError
from .review.engine import ReviewOptionError
from .review.parse import PlanInputError
from .search.index import GuidelineIndex, IndexUnavailableError
from .search.retrieval import GuidelineRetriever, QueryError, check_query
from .settings import Settings, SettingsError

if TYPE_CHECKING:
    from .answer.llm.backends import Backend

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class _Progress:
    """Index build progress on stderr, one line rewritten in place."""

    def __call__(self, step: str, done: int, total: int) -> None:
        finished = done >= total
        if sys.stderr.isatty():
            print(f"\r索引を作成しています（{step} {done}/{total}）", end="\n" if finished else "",
                  file=sys.stderr, flush=True)
        elif done == 1 or finished:  # a log, not a terminal: the start and the end of each step
            print(f"索引を作成しています（{step} {done}/{total}）", file=sys.stderr, flush=True)


def open_retriever(settings: Settings, *, rebuild: bool = False) -> GuidelineRetriever:
    try:
        index = GuidelineIndex.open(settings, rebuild=rebuild, progress=_Progress())
    except IndexUnavailableError as exc:  # no index and the disk refuses one: say what to do, no Traceback
        print(f"エラー: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None
    if index.embedding.notice:
        print(index.embedding.notice, file=sys.stderr)
    return GuidelineRetriever(index=index)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    check_query(args.query)
    retriever = open_retriever(settings)
    retriever.all_editions = args.all_editions
    result = retriever.search(args.query, k=args.k, municipality=args.municipality)
    if args.json:
        _print_json([{k: v for k, v in h.to_dict().items()
                      if k in ("clause_id", "label", "municipality", "text", "score")} for h in result.hits])
        return 0
    if result.notice:
        print(result.notice)
    for i, hit in enumerate(result.hits, 1):
        print(f"{i}. {hit.clause.label}  [{hit.clause.id}]  score={hit.score:.4f}")
        print(f"   {hit.chunk.text}")
    if result.not_covered:
        print(f"※ {result.coverage.reason}。ガイドラインはこの問いに直接答えていない可能性があります。")
    return 0


def _cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    check_query(args.question)
    from .answer.llm.backends import BackendUnavailable, open_backend
    from .answer.llm.chain import ask

    try:
        backend = open_backend(settings)  # None unless CAREPLAN_LLM names a model: then nothing is sent anywhere
    except BackendUnavailable as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return EXIT_USAGE
    retriever = open_retriever(settings)
    retriever.all_editions = args.all_editions
    reply = ask(args.question, retriever, backend, timeout=settings.llm_timeout, municipality=args.municipality)
    if args.json:
        _print_json(reply.to_dict())
    else:
        print(reply.text)
    return 0


def _cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    index = open_retriever(settings, rebuild=args.rebuild).index
    if index.report.fallback:  # the index has said why it could not be rebuilt and what to do
        return EXIT_USAGE
    rebuilt = index.report.lexical_rebuilt or index.report.dense_rebuilt
    state = "作成しました" if rebuilt else "最新です（ディスクから読み込みました）"
    print(f"索引は{state}: 条文 {len(index.corpus)} 件、チャンク {index.report.chunks} 件、"
          f"埋め込み {index.embedding.model_id}、保存先 {index.location}")
    return 0


def _eval_set(text: str) -> Path:
    """An evaluation set or folder: they live in the repository's ``eval/``, not in the installed package."""
    path = Path(text)
    if not path.exists():
        print(f"エラー: 評価データ {text} が見つからないため、リポジトリのフォルダで実行するか、場所を指定してください。",
              file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
    return path


def _cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from .evaluation.retrieval import run_retrieval_eval

    dataset = _eval_set(args.dataset)
    retriever = open_retriever(settings)
    report = run_retrieval_eval(retriever, dataset, Path(args.out))
    print(report.summary())
    print(f"レポート: {report.markdown_path}")
    return 0


def _review_engine(settings: Settings, mode: str):
    """Trainer mode shows retrieval scores and needs the index; the other modes need only the corpus."""
    from .guidelines.corpus import load_corpus
    from .review.engine import ReviewEngine

    if mode == "trainer":
        return ReviewEngine.from_retriever(open_retriever(settings), settings.rubric_dir)
    return ReviewEngine.offline(load_corpus(*settings.corpus_dirs), settings.embedding, settings.rubric_dir)


def _assist_backend(settings: Settings) -> Backend | None:
    """The chat model for review assist, or None: off unless CAREPLAN_LLM_REVIEW_ASSIST=1 and a model is set."""
    from .answer.llm.backends import open_backend

    return open_backend(settings) if settings.review_assist else None


def _cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from .answer.llm.backends import BackendUnavailable
    from .app.export import review_to_markdown
    from .review.batch import summarize
    from .review.files import read_plan_inputs

    try:
        backend = _assist_backend(settings)
    except BackendUnavailable as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if backend is not None:
        from .answer.llm.review_assist import assist_review
    engine = _review_engine(settings, args.mode)
    municipality, _ = engine.options(args.municipality, args.mode)  # a mistyped ID is said once, not per file
    # folders are batches; the national CSV's 1表・2表 pair up; a file that cannot be read is listed, not fatal
    inputs, failed = read_plan_inputs(args.files, max_bytes=settings.max_upload_bytes)
    if not inputs and not failed:
        raise PlanInputError("点検できるファイル（.txt / .md / .csv / .tsv / .docx / .xlsx / .pdf）がフォルダにないため、"
                             "ファイルかフォルダを確かめてください。")
    reviews = {}
    for plan in inputs:
        try:
            review = engine.review(plan.text, municipality=municipality, mode=args.mode,
                                   source_name=plan.name)
        except PlanInputError as exc:
            failed[plan.name] = str(exc)
            continue
        except Exception as exc:  # noqa: BLE001 - one plan the engine cannot handle must not lose the batch
            failed[plan.name] = f"点検中に予期しない問題が起きたため、このファイルは点検できませんでした（{type(exc).__name__}）。"
            continue
        review.notices.extend(plan.notices)  # e.g. control characters removed while reading
        if backend is not None:  # the model's phrasing beside the findings; the findings stay the engine's
            review = assist_review(review, engine.corpus, backend, timeout=settings.llm_timeout)
        reviews[plan.name] = review
    summary = summarize(reviews, failed)
    batch = len(inputs) + len(failed) > 1
    if args.json:
        if not batch and reviews:
            name, review = next(iter(reviews.items()))
            _print_json(review.to_dict() | {"file": name})
        else:
            _print_json({"reviews": [r.to_dict() | {"file": n} for n, r in reviews.items()],
                         "summary": summary.to_dict(engine.rubric)})
    else:
        for name, review in reviews.items():
            if batch:
                print(f"===== {name} =====")
            print(review_to_markdown(review))
        if batch:
            print(summary.text(engine.rubric))
    for name, message in failed.items():
        print(f"エラー: {name}: {message}", file=sys.stderr)
    return EXIT_USAGE if failed and not reviews else 0  # 0 when at least one plan was reviewed


def _cmd_eval_review(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import date

    from .evaluation.review import log_verdicts, run_review_eval
    from .guidelines.corpus import load_corpus
    from .review.engine import ReviewEngine

    plans = _eval_set(args.plans)
    engine = ReviewEngine.offline(load_corpus(settings.corpus_dir), settings.embedding)
    report = run_review_eval(engine, plans, Path(args.out))
    print(report.summary())
    print(f"レポート: {report.markdown_path}")
    print(f"判定の記録: {log_verdicts(report, Path(args.runs), plans.name, date.today().isoformat())}")
    return 0


def _cmd_eval_parse(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import date

    from .evaluation.parse import (
        log_parse_run,
        read_with_engine,
        run_parse_eval,
        write_parse_report,
    )

    folder = _eval_set(args.set)
    report = run_parse_eval(folder, read_with_engine)
    print(report.summary())
    name = f"parse_{folder.name}"
    print(f"レポート: {write_parse_report(report, Path(args.out), name)}")
    print(f"判定の記録: {log_parse_run(report, Path(args.runs), name, date.today().isoformat())}")
    return 0


def _cmd_eval_faithfulness(args: argparse.Namespace, settings: Settings) -> int:
    """Without ``--llm`` the rubric check; with it (and as ``eval llm``) the Q&A report, offline beside the model."""
    if args.llm:
        return _qa_faithfulness(args, settings)
    from .evaluation.faithfulness import run_faithfulness
    from .guidelines.corpus import load_corpus
    from .review.rubric import load_rubric
    from .search.tokenizer import get_tokenizer

    corpus = load_corpus(settings.corpus_dir)
    report = run_faithfulness(load_rubric(corpus), corpus, get_tokenizer())
    print(report.summary())
    return 0 if report.share == 1.0 else 1


def _qa_faithfulness(args: argparse.Namespace, settings: Settings) -> int:
    from .answer.llm.backends import BackendUnavailable, open_backend
    from .evaluation.qa_faithfulness import run_qa_faithfulness

    try:
        backend = open_backend(settings)
    except BackendUnavailable as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if backend is None:
        print("エラー: モデルが設定されていないため、CAREPLAN_LLM・CAREPLAN_LLM_MODEL（必要なら CAREPLAN_LLM_BASE_URL）を"
              "設定してから実行してください。", file=sys.stderr)
        return EXIT_USAGE
    dataset = _eval_set(args.dataset)
    report = run_qa_faithfulness(open_retriever(settings), backend, dataset, Path(args.out), timeout=settings.llm_timeout)
    print(report.summary())
    print(f"レポート: {report.markdown_path}")
    print(f"問いごとの記録: {report.rows_path}")
    return 0


def _cmd_feedback_export(args: argparse.Namespace, settings: Settings) -> int:
    """The app's ratings as JSONL or CSV, on stdout or in a private file (they may hold what users typed)."""
    from .app.feedback import FeedbackError, FeedbackLog, export_text, write_export

    log = FeedbackLog(settings.feedback_file)
    out = Path(args.out) if args.out else None
    fmt = args.format or ("csv" if out is not None and out.suffix.lower() == ".csv" else "jsonl")
    try:
        read = log.read()
    except OSError as exc:
        print(f"エラー: {log.path} を読めませんでした（{exc.strerror or exc}）。", file=sys.stderr)
        return EXIT_USAGE
    if read.unreadable:
        print(f"注意: {log.path} の {read.unreadable} 行は JSON として読めないため、書き出しませんでした。", file=sys.stderr)
    if not read.entries:
        print(f"書き出す評価はありません（{log.path} に記録がありません）。", file=sys.stderr)
        return 0
    if out is None:
        sys.stdout.write(export_text(read.entries, fmt))
        return 0
    try:
        path = write_export(read.entries, out, fmt)
    except FeedbackError as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"評価 {len(read.entries)} 件を {path} に書き出しました（{fmt.upper()}）。")
    return 0


def _cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Extract, outline, preview, ask, store: the document is searched from the next command on
    (the index fingerprint covers it, so the index is rebuilt then)."""
    from .guidelines.ingest.extract import IngestError
    from .guidelines.ingest.pipeline import prepare
    from .guidelines.ingest.preview import preview_text
    from .guidelines.ingest.store import StoreError, replaces, write_document

    folder = settings.guidelines_dir
    try:
        prepared = prepare(Path(args.file), municipality=args.municipality, name=args.name, title=args.title,
                           edition=args.date)
        replacing = replaces(folder, settings.corpus_dir, prepared.meta.doc_id)
    except (IngestError, StoreError) as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(preview_text(prepared, replaces=replacing))
    if not args.yes and not _confirm("この内容で取り込みますか？ [y/N] "):
        print("取り込みませんでした。")
        return 0
    path = write_document(folder, prepared.content, prepared.extracted.lines)
    print(f"取り込みました: {path}（次に検索・質問するときに索引を作り直します）")
    return 0


def _confirm(question: str) -> bool:
    """A yes from the terminal; no terminal (a script) means no, so nothing is stored unasked."""
    if not sys.stdin.isatty():
        print("確認できないため取り込みませんでした（確認なしで取り込むには --yes を付けてください）。", file=sys.stderr)
        return False
    try:
        return input(question).strip().lower() in ("y", "yes", "はい")
    except EOFError:
        return False


def _cmd_corpus_list(args: argparse.Namespace, settings: Settings) -> int:
    from .guidelines.corpus import load_corpus
    from .guidelines.ingest.store import list_documents

    corpus = load_corpus(*settings.corpus_dirs)
    for item in list_documents(corpus, settings.guidelines_dir):
        doc = item.document
        where = "取り込み" if item.added else "組み込み"
        current = "（最新版）" if doc.doc_id in corpus.current_doc_ids else "（旧版: 検索は --all-editions のときだけ）"
        print(f"{doc.doc_id}\t{doc.municipality}\t{doc.municipality_name}\t{doc.date}{current}\t{where}\t"
              f"条文 {item.clauses} 件\t{doc.title}")
    print(f"取り込んだ資料の保存先: {settings.guidelines_dir}")
    return 0


def _cmd_corpus_remove(args: argparse.Namespace, settings: Settings) -> int:
    from .guidelines.ingest.store import StoreError, remove_document

    try:
        doc = remove_document(settings.guidelines_dir, args.doc_id, settings.corpus_dir)
    except StoreError as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"削除しました: {doc.doc_id}（{doc.title}）")
    return 0


def _cmd_app(args: argparse.Namespace, settings: Settings) -> int:
    from .app.launch import main as launch  # gradio is loaded only for this command

    return launch(settings)


def build_parser() -> argparse.ArgumentParser:
    parser = JapaneseArgumentParser(prog="careplan-assistant", description="ケアプラン点検支援アシスタント")
    sub = parser.add_subparsers(dest="command", required=True)
    # search and ask also take the ids of guidelines taken in: checked against the corpus, not here
    any_muni = {"default": None, "metavar": "ID", "help": "自治体で絞り込む（arakawa / suginami / both / 取り込んだ資料の自治体ID）"}
    editions = {"action": "store_true", "help": "同じ自治体の旧版も検索する（既定は最新版のみ）"}

    p = sub.add_parser("search", help="ガイドラインを検索する")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--municipality", **any_muni)
    p.add_argument("--all-editions", **editions)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_search)

    p = sub.add_parser("ask", help="ガイドラインに質問する（該当箇所を引用して答える。CAREPLAN_LLM を設定するとそのモデルが文章にする）")
    p.add_argument("question")
    p.add_argument("--municipality", **any_muni)
    p.add_argument("--all-editions", **editions)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_ask)

    p = sub.add_parser("index", help="索引を作成・確認する")
    p.add_argument("--rebuild", action="store_true", help="変更がなくても作り直す")
    p.set_defaults(func=_cmd_index)

    p = sub.add_parser("eval", help="評価を実行する")
    eval_sub = p.add_subparsers(dest="suite", required=True)
    e = eval_sub.add_parser("retrieval", help="検索の評価（R@k, MRR@10, 該当なし判定）")
    e.add_argument("--dataset", default="eval/retrieval.jsonl")
    e.add_argument("--out", default="eval/reports")
    e.set_defaults(func=_cmd_eval)
    e = eval_sub.add_parser("review", help="プラン点検の評価（チェックごとの適合率・再現率・F1、引用の検証、誤った「できていること」）")
    e.add_argument("--plans", default="eval/plans")
    e.add_argument("--out", default="eval/reports")
    e.add_argument("--runs", default="eval/runs", help="プランごとの判定を記録する場所")
    e.set_defaults(func=_cmd_eval_review)
    e = eval_sub.add_parser("parse", help="読み取りの評価（ニーズ・目標・サービス・頻度・期間の適合率と再現率）")
    e.add_argument("--set", default="eval/parse/dev")
    e.add_argument("--out", default="eval/reports")
    e.add_argument("--runs", default="eval/runs")
    e.set_defaults(func=_cmd_eval_parse)
    e = eval_sub.add_parser("faithfulness", help="助言の文が引用した条文に支えられているか（assistant/data/rubric/faithfulness.json の照合）。"
                                                 "--llm で、質問への回答の忠実さをモデルなしと設定したモデルで並べて比べる")
    e.add_argument("--llm", action="store_true", help="質問セットにモデルなしと設定したモデル（CAREPLAN_LLM）で答え、並べて評価する")
    e.add_argument("--dataset", default="eval/chat_questions.jsonl", help="--llm のときの質問セット")
    e.add_argument("--out", default="eval/reports/faithfulness", help="--llm のときのレポートの保存先")
    e.set_defaults(func=_cmd_eval_faithfulness)

    e = eval_sub.add_parser("llm", help="eval faithfulness --llm の別名")
    e.add_argument("--dataset", default="eval/chat_questions.jsonl")
    e.add_argument("--out", default="eval/reports/faithfulness")
    e.set_defaults(func=_cmd_eval_faithfulness, llm=True)

    p = sub.add_parser("review", help="ケアプランを点検する（.txt .md .csv .tsv .docx .xlsx .pdf、ケアプランデータ連携 CSV、フォルダ、複数可）")
    p.add_argument("files", nargs="+")
    p.add_argument("--municipality", **any_muni)  # checked by the review engine against the corpus
    p.add_argument("--mode", choices=["care-manager", "supervision", "trainer"], default="care-manager")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_review)

    p = sub.add_parser("feedback", help="アプリで付けた評価（👍/👎・コメント）を扱う")
    feedback_sub = p.add_subparsers(dest="action", required=True)
    e = feedback_sub.add_parser("export", help="評価を JSONL か CSV で書き出す（評価セットの材料に）")
    e.add_argument("--out", help="書き出すファイル（省略すると標準出力）")
    e.add_argument("--format", choices=["jsonl", "csv"], default=None,
                   help="形式（省略すると --out の拡張子が .csv なら CSV、それ以外は JSONL）")
    e.set_defaults(func=_cmd_feedback_export)

    p = sub.add_parser("ingest", help="自治体のガイドライン（.pdf .docx .txt .md）を取り込み、条文ごとに引用できるようにする")
    p.add_argument("file")
    p.add_argument("--municipality", metavar="ID", help="自治体ID（半角英小文字。省略するとファイル名）")
    p.add_argument("--name", metavar="表示名", help="自治体の表示名（例: 練馬区）")
    p.add_argument("--title", help="資料の題名（省略すると本文の1行目）")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="版の日付（省略すると今日）。同じ自治体の新しい日付の版は旧版と並べて保存")
    p.add_argument("--yes", action="store_true", help="確認せずに取り込む")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("corpus", help="ガイドラインの資料を一覧・削除する")
    corpus_sub = p.add_subparsers(dest="action", required=True)
    e = corpus_sub.add_parser("list", help="組み込みと取り込んだ資料の一覧")
    e.set_defaults(func=_cmd_corpus_list)
    e = corpus_sub.add_parser("remove", help="取り込んだ資料を削除する")
    e.add_argument("doc_id", metavar="ID", help="資料ID（corpus list の1列目）")
    e.set_defaults(func=_cmd_corpus_remove)

    p = sub.add_parser("app", help="ブラウザアプリを起動する（CAREPLAN_HOST / CAREPLAN_PORT、既定 http://127.0.0.1:7860）")
    p.set_defaults(func=_cmd_app)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    sys.stdout.reconfigure(errors="backslashreplace")  # a file name in another encoding is shown, not a crash
    try:
        code = _run(argv)
        sys.stdout.flush()  # a closed pipe shows up here, while it can still be handled
        return code
    except BrokenPipeError:  # `review … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit-time flush goes nowhere
        return 0
    except KeyboardInterrupt:
        print("中断しました。", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    for name, value in vars(args).items():  # file names may be in any encoding; words must be text
        if name != "files" and isinstance(value, str) and undecodable(value):
            print(f"エラー: {undecodable_message(value)}", file=sys.stderr)
            return EXIT_USAGE
    try:
        settings = Settings.from_env()
        return args.func(args, settings)
    except (QueryError, CorpusError, SettingsError, PlanInputError, ReviewOptionError) as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
