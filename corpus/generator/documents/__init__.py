"""The documents of the sample corpus, in corpus order (one module per document)."""

from __future__ import annotations

from ..spec import Doc
from . import (
    botkyrka_riktlinje,
    gavle_program,
    gavle_tjansteskrivelse,
    jonkoping_strategi,
    lulea_strategisk_plan,
    malmo_handlingsplan,
    orebro_program,
    sundsvall_policy,
    uppsala_program,
)

DOCUMENTS: list[Doc] = [
    uppsala_program.DOC,
    malmo_handlingsplan.DOC,
    sundsvall_policy.DOC,
    botkyrka_riktlinje.DOC,
    orebro_program.DOC,
    gavle_tjansteskrivelse.DOC,
    gavle_program.DOC,
    jonkoping_strategi.DOC,
    lulea_strategisk_plan.DOC,
]
