"""The job-search board's columns, read with SQL: counts per stage and the first cards.

The stage is worked out in SQL with the same rule as
:func:`ghostless.core.pipeline.stage_of` (kind, status, turn); a test holds
the two together.
"""

from __future__ import annotations

from ghostless.core.models import Loop, LoopKind
from ghostless.core.pipeline import STAGE_KIND, Stage
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

    def counts(self) -> dict[Stage, int]:
        """How many job loops are at each stage."""
        rows = self._conn.execute(
            f"SELECT {STAGE_SQL}, count(*) FROM loops WHERE loops.kind IN ({_JOB_KINDS}) GROUP BY 1"
        ).fetchall()
        found = {Stage(stage): int(n) for stage, n in rows}
        return {stage: found.get(stage, 0) for stage in Stage}

    def cards(self, stage: Stage, limit: int) -> list[Loop]:
        """The first ``limit`` loops at ``stage``: most urgent first, the latest closed
        first in the closed column."""
        order = "loops.closed_at DESC, loops.id DESC" if stage is Stage.CLOSED else URGENCY_ORDER
        rows = self._conn.execute(
            f"SELECT {LOOP_COLUMNS} {_FROM} WHERE loops.kind IN ({_JOB_KINDS}) "
            f"AND {STAGE_SQL} = ? ORDER BY {order} LIMIT ?",
            (stage.value, limit),
        ).fetchall()
        return [loop_from_row(row) for row in rows]
