"""The job-search board read with SQL: every job loop's stage, light, and the records
of the cards shown.

The stage is worked out in SQL with the same rule as
:func:`ghostless.core.pipeline.stage_of` (kind, status, turn); a test holds
the two together.
"""

from __future__ import annotations

from ghostless.core.models import Loop, LoopKind
from ghostless.core.pipeline import STAGE_KIND, JobLoop, Stage
from ghostless.store.database import Store
from ghostless.store.loops import URGENCY_ORDER
from ghostless.store.rows import LOOP_COLUMNS, loop_from_row

_FROM = "FROM loops JOIN contacts ON contacts.id = loops.contact_id"
_JOB_KINDS = ", ".join(f"'{kind.value}'" for kind in sorted(set(STAGE_KIND.values())))
STAGE_SQL = (
    "CASE WHEN loops.status != 'open' THEN 'closed' "
    f"WHEN loops.kind = '{LoopKind.RECRUITER_OUTREACH.value}' THEN '{Stage.OUTREACH.value}' "
    f"WHEN loops.kind = '{LoopKind.INTERVIEW_SCHEDULED.value}' THEN '{Stage.SCHEDULED.value}' "
    f"WHEN loops.kind = '{LoopKind.INTERVIEW_HELD.value}' AND loops.turn = 'theirs' "
    f"THEN '{Stage.WAITING.value}' "
    f"WHEN loops.kind = '{LoopKind.INTERVIEW_HELD.value}' THEN '{Stage.HELD.value}' "
    f"ELSE '{Stage.OFFER.value}' END"
)


class PipelineReader:
    def __init__(self, store: Store) -> None:
        self._conn = store.conn

    def job_loops(self) -> list[JobLoop]:
        """Every job loop, light: what grouping them into opportunities needs, most
        urgent first. A loop with no organisation goes by its contact's name."""
        rows = self._conn.execute(
            "SELECT loops.id, CASE WHEN contacts.org != '' THEN contacts.org "
            f"ELSE contacts.name END, loops.subject, {STAGE_SQL}, "
            f"coalesce(loops.closed_at, '') {_FROM} WHERE loops.kind IN ({_JOB_KINDS}) "
            f"ORDER BY {URGENCY_ORDER}"
        ).fetchall()
        return [
            JobLoop(int(i), org, subject, Stage(stage), closed)
            for i, org, subject, stage, closed in rows
        ]

    def loops(self, loop_ids: list[int]) -> dict[int, Loop]:
        """Full records of ``loop_ids``: the cards on screen."""
        found: dict[int, Loop] = {}
        for start in range(0, len(loop_ids), 500):
            chunk = loop_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT {LOOP_COLUMNS} {_FROM} WHERE loops.id IN ({marks})", chunk
            ).fetchall()
            found.update((loop.id, loop) for loop in map(loop_from_row, rows))
        return found
