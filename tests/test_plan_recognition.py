"""Text that is not a care plan is told so, with what to paste, and gets no findings.

The decision is the reader's (``parse_plan``), so the CLI, the API and the
browser all give the same sentence.  Short plans and visit records written as
prose must still be reviewed.
"""

import pytest

from assistant.review.parse import NOT_A_PLAN, PlanInputError, parse_plan


@pytest.fixture(scope="module")
def engine(corpus):
    from assistant.review.engine import ReviewEngine

    return ReviewEngine.offline(corpus)


@pytest.mark.parametrize("text", [
    "こんにちは",
    "おはようございます！",
    "Good morning, is anybody there?",
    "昨日は駅前の本屋で新しい料理の本を買いました。午後からは雨が強くなったので、"
    "喫茶店で紅茶を飲みながら読み、夕方にバスで帰りました。",
    "在宅",  # one plan word is not a plan
])
def test_text_that_is_not_a_plan_is_refused_with_what_to_paste(text):
    with pytest.raises(PlanInputError) as info:
        parse_plan(text)
    message = str(info.value)
    assert message == NOT_A_PLAN
    assert message.startswith("ケアプランとして読み取れませんでした")
    assert "第2表" in message and "長期目標" in message


def test_the_engine_gives_no_findings_for_a_greeting(engine):
    with pytest.raises(PlanInputError, match="ケアプランとして読み取れませんでした"):
        engine.review("こんにちは")


@pytest.mark.parametrize("text", [
    "長期目標：近所のスーパーへ歩いて買い物に行ける",  # one labelled field
    "【第2表】\n訪問介護　週2回",  # a heading and a service line
    "要介護1の男性。妻と二人暮らしで、通院の付き添いは妻が担っている。デイサービスで入浴している。",  # a visit record in prose
])
def test_short_plans_and_prose_records_are_still_read(text):
    assert parse_plan(text).text == text


def test_a_prose_visit_record_is_reviewed(engine):
    record = ("90代男性、要介護3。長男夫婦と同居。日中は独居となる。本人は「畑の様子を見に行きたい」と話す。"
              "長男は仕事のため、通院の付き添いは難しいとのこと。週3回デイサービスを利用して入浴している。")
    review = engine.review(record)
    assert review.parse["input_format"] == "prose"
    assert review.findings or review.strengths
