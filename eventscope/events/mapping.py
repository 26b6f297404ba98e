"""Crosswalks from a PLOVER event to CAMEO roots and to ACLED event types.

CAMEO has twenty roots; each PLOVER type falls under one by default (a trigger may name a
more precise one, e.g. "fight" is 19 rather than 18). ACLED codes only political violence,
demonstrations and a few strategic developments: verbal events, aid and diplomacy have no
ACLED counterpart and map to ``(None, None)``.

>>> cameo_root_for("MOBILIZE")
'15'
>>> acled_for("ASSAULT", "aerial")
('Explosions/Remote violence', 'Air/drone strike')
>>> acled_for("CONSULT", "meet")
(None, None)
"""

from __future__ import annotations

CAMEO_ROOTS: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06",
    "AID": "07", "RETREAT": "08", "REQUEST": "02", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17",
    "ASSAULT": "18",
}

ACLED_SUB_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"),
}

# ASSAULT modes that are remote violence, with their ACLED sub-event type
_REMOTE: dict[str, str] = {
    "aerial": "Air/drone strike",
    "drone": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "missile": "Shelling/artillery/missile attack",
    "explosion": "Remote explosive/landmine/IED",
    "suicide": "Suicide bomb",
    "grenade": "Grenade",
    "chemical": "Chemical weapon",
}


def cameo_root_for(plover_type: str, mode: str | None = None) -> str:
    """The default 2-digit CAMEO root of a PLOVER type (raises KeyError for an unknown type)."""
    if plover_type == "ASSAULT" and mode in ("fight", "shelling"):
        return "19"
    if plover_type == "ACCUSE" and mode == "investigate":
        return "09"
    return CAMEO_ROOTS[plover_type]


def acled_for(plover_type: str, mode: str | None = None, *, target_civilian: bool = False,
              target_military: bool = False, conflict_context: bool = False
              ) -> tuple[str | None, str | None]:
    """ACLED (event type, sub-event type) for a PLOVER event, or ``(None, None)``.

    ``target_civilian`` / ``target_military`` say who was hit (an attack on civilians only is
    Violence against civilians); ``conflict_context`` says the clause is about armed conflict
    (an AGREE on a ceasefire is an ACLED Agreement, a trade deal is not).
    """
    if plover_type == "ASSAULT":
        if mode == "destroy":
            return "Strategic developments", "Looting/property destruction"
        if mode in _REMOTE:
            return "Explosions/Remote violence", _REMOTE[mode]
        if mode == "abduct":
            return "Violence against civilians", "Abduction/forced disappearance"
        if mode == "sexual":
            return "Violence against civilians", "Sexual violence"
        if target_civilian and not target_military:
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if plover_type == "PROTEST":
        if mode == "riot":
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    if plover_type == "MOBILIZE":
        return "Strategic developments", "Change to group/activity"
    if plover_type == "COERCE":
        if mode == "arrest":
            return "Strategic developments", "Arrests"
        if mode in ("destroy", "seize"):
            return "Strategic developments", "Looting/property destruction"
        return None, None
    if plover_type in ("AGREE", "RETREAT") and conflict_context:
        if plover_type == "RETREAT" and mode == "withdraw":
            return "Strategic developments", "Non-violent transfer of territory"
        return "Strategic developments", "Agreement"
    return None, None


__all__ = ["CAMEO_ROOTS", "ACLED_SUB_TYPES", "cameo_root_for", "acled_for"]
