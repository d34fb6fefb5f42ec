"""Who may use the app: loopback only, or a login from a file of hashed passwords.

Bound to anything but this computer (``CAREPLAN_HOST`` not loopback), the app
serves personal data to a network, so it refuses to start unless
``CAREPLAN_AUTH_FILE`` names a file of ``user:<hash>`` lines.  Hashes are
salted scrypt from the standard library; a line is made with::

    python -m assistant.app.access <user>

which asks for the password twice and prints the line to add to the file.
"""

from __future__ import annotations

import asyncio
import base64
import getpass
import hashlib
import hmac
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from ..network import is_loopback
from ..settings import Settings

SCHEME = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # ~16 MB and tens of milliseconds per check: slow to guess
SALT_BYTES = 16
FAILED_LOGIN_DELAY = 0.5  # seconds a wrong password waits, to slow guessing further
_USER = re.compile(r"[^\s:]{1,64}")


class AccessError(ValueError):
    """The app cannot start with this access configuration; the message says what to do (Japanese)."""


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64), the part after ``user:`` in the auth file."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return "$".join([SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest)])


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a stored ``scrypt$…`` hash (constant-time comparison)."""
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != SCHEME:
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                            maxmem=256 * int(n) * int(r) * int(p) + 1024 * 1024, dklen=len(expected))
    return hmac.compare_digest(actual, expected)


def load_credentials(path: Path) -> dict[str, str]:
    """``user -> hash`` from the auth file; blank lines and ``#`` comments are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccessError(f"CAREPLAN_AUTH_FILE（{path}）を読めないので、ファイルの場所と読み取り権限を確認してください。") from exc
    users: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, _, stored = line.partition(":")
        if not _USER.fullmatch(user) or not _well_formed(stored):
            raise AccessError(f"CAREPLAN_AUTH_FILE（{path}）の{number}行目が「ユーザー名:ハッシュ」の形ではないので、"
                              "python -m assistant.app.access <ユーザー名> で作った行に置き換えてください。")
        users[user] = stored
    if not users:
        raise AccessError(f"CAREPLAN_AUTH_FILE（{path}）に利用者が一人もいないので、"
                          "python -m assistant.app.access <ユーザー名> で作った行を追加してください。")
    return users


class Login:
    """The users of the auth file and the check Gradio calls at login (``auth=login.verify``)."""

    def __init__(self, users: dict[str, str]) -> None:
        self.users = users

    async def verify(self, username: str, password: str) -> bool:
        """Hash off the event loop; an unknown user costs the same as a wrong password."""
        stored = self.users.get(username)
        ok = await asyncio.to_thread(check_password, password, stored or _DUMMY_HASH)
        if ok and stored is not None:
            return True
        await asyncio.sleep(FAILED_LOGIN_DELAY)
        return False


def configure_login(settings: Settings) -> Login | None:
    """The login to require, or None on loopback without an auth file; a network without one is refused."""
    if settings.auth_file is None:
        if is_loopback(settings.host):
            return None
        raise AccessError(f"CAREPLAN_HOST={settings.host} ではほかの端末から開けるので、"
                          "CAREPLAN_AUTH_FILE にパスワードファイルを指定してから起動してください"
                          "（作り方は README の「複数の利用者で使う」）。")
    return Login(load_credentials(settings.auth_file))


def exposure_warning(settings: Settings, login: Login | None) -> str | None:
    """One line at start saying what is reachable from the network; None on loopback."""
    if is_loopback(settings.host):
        return None
    users = len(login.users) if login else 0
    return (f"注意: {settings.host}:{settings.port} で待ち受けるため、ほかの端末からログインした利用者（{users}人）が"
            "ケアプラン（個人情報）の点検・保存ファイルと API（/review・/ask・/search）を使えるので、"
            "通信の暗号化（TLS）を前段のリバースプロキシで必ず付けてください。")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m assistant.app.access <user>``: print one auth-file line for that user."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or not _USER.fullmatch(args[0]):
        print("使い方: python -m assistant.app.access <ユーザー名>（空白と「:」を含まない名前を指定してください）",
              file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        password = getpass.getpass("パスワード: ")
        if getpass.getpass("もう一度: ") != password:
            print("二つのパスワードが一致しないので、もう一度実行してください。", file=sys.stderr)
            return 2
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        print("パスワードが短すぎるので、8文字以上にしてください。", file=sys.stderr)
        return 2
    print(f"{args[0]}:{hash_password(password)}")
    return 0


def _well_formed(stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME or not all(p.isdigit() for p in parts[1:4]):
        return False
    n, r, p = (int(x) for x in parts[1:4])
    if n < 2 or n & (n - 1) or n > 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16:
        return False
    try:
        base64.b64decode(parts[4], validate=True)
        return len(base64.b64decode(parts[5], validate=True)) >= 16
    except ValueError:
        return False


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


_DUMMY_HASH = f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${'A' * 22}==${'A' * 43}="

if __name__ == "__main__":
    sys.exit(main())
