"""The documents of the sample corpus, in corpus order (one module per document)."""

from __future__ import annotations

from ..spec import Doc
from . import (
    botkyrka_riktlinje,
    gavle_program,
    gavle_tjansteskrivelse,
    jonkoping_strategi,
    jonkoping_verksamhetsplan,
    kiruna_plan,
    kiruna_protokoll,
    lerum_policy,
    lulea_strategisk_plan,
    lulea_uppfoljning,
    malmo_handlingsplan,
    malmo_yttrande,
    norrkoping_program,
    orebro_program,
    regionskane_plan,
    sundsvall_policy,
    sundsvall_vagledning,
    umea_strategi,
    uppsala_program,
    vaxjo_namndsplan,
    vaxjo_riktlinje,
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
    vaxjo_riktlinje.DOC,
    kiruna_plan.DOC,
    kiruna_protokoll.DOC,
    lerum_policy.DOC,
    regionskane_plan.DOC,
    norrkoping_program.DOC,
    malmo_yttrande.DOC,
    sundsvall_vagledning.DOC,
    vaxjo_namndsplan.DOC,
    lulea_uppfoljning.DOC,
    jonkoping_verksamhetsplan.DOC,
    umea_strategi.DOC,
]
