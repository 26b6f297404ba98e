"""The words that mark factuality: negating, reporting, hedging, speculative and future verbs,
nouns, adverbs and adjectives, and the modals. Kept apart from the walk that uses them
(:mod:`eventscope.events.factuality`) so that the lists read as one lexicon."""

from __future__ import annotations

# Verbs whose complement did not happen ("denied that ...", "refused to ...").
NEG_VERBS = frozenset({"deny", "refuse", "reject", "dismiss", "fail", "decline", "rebuff",
                       "refute", "disprove", "prevent", "avoid", "debunk", "contradict"})
# "prevented from entering", "barred from travelling": the complement did not happen.
KEEP_FROM_VERBS = frozenset({
    "prevent", "stop", "bar", "ban", "block", "refrain", "keep", "deter", "restrain",
    "prohibit", "forbid", "dissuade",
})
# Speech and report verbs: the complement is attributed to their subject.
SPEECH_VERBS = frozenset({
    "say", "claim", "report", "announce", "state", "tell", "add", "allege", "accuse", "insist",
    "confirm", "assert", "declare", "acknowledge", "admit", "testify", "write", "tweet", "post",
    "quote", "charge", "blame", "speak", "note", "reveal", "disclose", "maintain", "argue",
    "explain", "inform", "warn", "affirm", "publish",
})
# Verbs whose (infinitival) complement is planned or promised for later.
FUTURE_VERBS = frozenset({
    "plan", "vow", "pledge", "threaten", "promise", "intend", "aim", "prepare", "schedule",
    "set", "expect", "decide", "agree", "want", "seek", "hope", "resolve", "vote", "order",
    "move", "mean", "go", "ready", "due", "slate", "propose",
})
# Verbs of fearing, asking, guessing: the complement is a hypothesis.
SPEC_VERBS = frozenset({
    "fear", "worry", "speculate", "wonder", "ask", "question", "hypothesize", "hypothesise",
    "imagine", "suppose", "predict", "forecast", "doubt", "consider", "envisage", "mull",
})
# Verbs of belief and appearance: the complement is hedged.
HEDGE_VERBS = frozenset({
    "believe", "suspect", "think", "seem", "appear", "suggest", "indicate", "presume",
    "estimate", "understand", "assume", "rumor", "rumour",
})
# Nouns that head a content clause or "of"-phrase carrying the same meaning.
NEG_NOUNS = frozenset({"denial", "refusal", "rejection", "failure"})
REPORT_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "statement",
                          "announcement", "assertion", "charge", "news", "information"})
HEDGE_NOUNS = frozenset({"rumor", "rumour", "suspicion", "likelihood", "probability", "sign"})
SPEC_NOUNS = frozenset({
    "fear", "concern", "worry", "speculation", "hypothesis", "possibility", "risk", "question",
    "prospect", "scenario", "doubt", "danger", "spectre", "specter", "theory", "chance",
    "assumption",
})
FUTURE_NOUNS = frozenset({
    "plan", "pledge", "promise", "vow", "threat", "intention", "preparation", "ultimatum",
    "proposal", "bid", "anticipation", "expectation", "decision", "order", "call", "deadline",
})
FALSE_WORDS = frozenset({
    "false", "fabricated", "baseless", "untrue", "lie", "lies", "fiction", "fake", "unfounded",
    "groundless", "bogus", "fabrication", "propaganda", "nonsense",
})
HEDGE_ADVERBS = frozenset({
    "reportedly", "allegedly", "apparently", "likely", "probably", "possibly", "presumably",
    "seemingly", "purportedly", "supposedly", "ostensibly", "evidently", "arguably",
})
SPEC_ADVERBS = frozenset({"perhaps", "maybe", "conceivably"})
HEDGE_ADJECTIVES = frozenset({
    "alleged", "suspected", "reported", "apparent", "possible", "likely", "probable",
    "unconfirmed", "unverified", "purported", "presumed", "rumoured", "rumored",
})
FUTURE_ADJECTIVES = frozenset({
    "planned", "upcoming", "imminent", "proposed", "impending", "threatened", "expected",
    "scheduled", "forthcoming", "future", "looming", "promised", "pledged",
})
UNCONFIRMED = frozenset({"unconfirmed", "unverified", "uncorroborated", "unsubstantiated"})
NEG_WORDS = frozenset({"no", "none", "nobody", "nothing", "neither", "nor", "never", "noone"})
POSSIBILITY_MODALS = frozenset({"may", "might", "could", "can", "must"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "ll"})
PRESUPPOSING_WH = frozenset({"why", "how", "when", "where", "who", "whom", "whose"})


__all__ = ["FALSE_WORDS", "FUTURE_ADJECTIVES", "FUTURE_MODALS", "FUTURE_NOUNS", "FUTURE_VERBS", "HEDGE_ADJECTIVES", "HEDGE_ADVERBS", "HEDGE_NOUNS", "HEDGE_VERBS", "KEEP_FROM_VERBS", "NEG_NOUNS", "NEG_VERBS", "NEG_WORDS", "POSSIBILITY_MODALS", "PRESUPPOSING_WH", "REPORT_NOUNS", "SPEC_ADVERBS", "SPEC_NOUNS", "SPEC_VERBS", "SPEECH_VERBS", "UNCONFIRMED"]
