"""Whether a host is this computer: the one test behind the app's login rule and the model's privacy rule.

The app refuses to listen on a network without a login, and plan text sent to a model leaves
the computer, unless the host is loopback; both must agree on what "this computer" means.
"""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 and ::1 are this computer only; anything else (0.0.0.0, a name) is a network."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
