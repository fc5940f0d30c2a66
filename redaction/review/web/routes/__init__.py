"""The cockpit's routes, one `APIRouter` per area: login, batches, documents, accounts."""
