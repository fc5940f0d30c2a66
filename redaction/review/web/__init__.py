"""The review cockpit: a web page where the privacy officer checks and approves redactions.

`create_app` builds the FastAPI app on the same review store as the pipeline; `woo review serve`
starts it. Everything behind a login; every POST carries the session's CSRF token.
"""

from redaction.review.web.app import create_app

__all__ = ["create_app"]
