"""The results store as the training screens see it.

The Store's methods as a Protocol and the quiz <-> store bridge both live in docexam.store, in
modules that do not import SQLAlchemy, so the UI may use them under the "UI never writes SQL"
contract; they are gathered here so the screens import them from one place.
"""

from docexam.store.port import TrainingStore
from docexam.store.quiz_bridge import finish, record_item, resume_session, save_set, time_left

__all__ = [
    "TrainingStore",
    "finish",
    "record_item",
    "resume_session",
    "save_set",
    "time_left",
]
