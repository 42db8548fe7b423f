#!/usr/bin/env python3
"""Writes the JSON Schema (draft 2020-12) of every record kind to schema/.

The schemas state the record contracts of README.md; tests check the sample's outputs
against them. Rerun after changing a record type: python3 scripts/make_schemas.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "schema"
STR = {"type": "string"}
INT = {"type": "integer"}
NUM = {"type": "number"}
BOOL = {"type": "boolean"}


def obj(required, optional=None, closed=True):
    props = {**required, **(optional or {})}
    schema = {"type": "object", "properties": props, "required": sorted(required)}
    if closed:
        schema["additionalProperties"] = False
    return schema


def array(items):
    return {"type": "array", "items": items}


SPAN = obj({"text": STR, "start": INT, "end": INT})
GRAIN = {"enum": ["second", "minute", "hour", "day", "week", "month", "quarter", "year"]}
LANG = {"enum": ["ar", "en", "other"]}
FEED_ITEM = obj({}, {"title": STR, "guid": STR, "published": STR, "summary": STR})
BLOCK = obj(
    {"kind": {"enum": ["heading", "paragraph", "list_item", "quote", "embed", "caption"]}, "text": STR},
    {"provider": STR, "author": STR, "handle": STR, "date": STR, "url": STR},
)
SEGMENT = obj({"block": INT, "start": INT, "end": INT, "lang": LANG, "confidence": NUM}, {"guess": STR})
ANNOTATION = obj(
    {
        "kind": {"enum": ["number", "ordinal", "date", "time", "duration", "range"]},
        "start": INT, "end": INT, "surface": STR,
        "value": {"type": ["number", "string"]},
    },
    {"grain": GRAIN, "hijri": STR},
)
ENTITY_KIND = {"enum": ["person", "organisation", "place", "facility", "publication"]}
QUALIFIER = {"enum": ["about", "more_than", "less_than", "at_least", "up_to"]}
FACTS = obj({
    "quantities": array(obj(
        {"value": NUM, "span": SPAN}, {"noun": STR, "base": STR, "upper": NUM, "qualifier": QUALIFIER})),
    "dates": array(obj({"value": STR, "span": SPAN, "sentence": STR}, {"grain": GRAIN})),
    "entities": array(obj(
        {"kind": ENTITY_KIND, "name": STR, "evidence": {"enum": ["gazetteer", "pattern", "tagger"]}, "span": SPAN},
        {"wikidata": STR})),
    "hashtags": array(SPAN), "mentions": array(SPAN), "urls": array(SPAN),
    "attributions": array(obj({"cue": STR, "source": SPAN}, {"entity": STR, "via": STR})),
    "embeds": array(obj({}, {
        "provider": STR, "author": STR, "handle": STR, "date": STR, "url": STR, "span": SPAN})),
})
DEDUPE = obj(
    {"cluster": STR, "kept": BOOL, "similarity": NUM, "method": {"enum": ["unique", "exact", "near"]}},
    {"duplicate_of": STR},
)

IDENTITY = {"id": STR, "doc_id": STR, "source": STR}
FETCH_INFO = {
    "url": STR, "final_url": STR, "feed_item": FEED_ITEM, "fetched_at": STR, "http_status": INT,
    "etag": STR, "last_modified": STR, "content_type": STR, "charset": STR,
    "charset_source": {"enum": ["http", "bom", "meta", "detected", "default", "feed"]}, "body_sha256": STR,
}
ARTICLE_INFO = {
    "title": STR, "published": STR,
    "published_source": {"enum": ["json-ld", "meta", "time", "url", "text", "feed", "input"]},
    "modified": STR, "modified_source": {"enum": ["json-ld", "meta"]},
    "author": STR, "canonical_url": STR, "site_name": STR, "html_lang": STR, "html_dir": {"enum": ["rtl", "ltr"]},
}


def record(title, required, optional):
    schema = obj({**IDENTITY, **required}, optional)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **schema}


KINDS = {}
KINDS["fetched"] = record("fetched.jsonl: a fetched page", {"html": STR}, FETCH_INFO)
KINDS["cleaned"] = record("cleaned.jsonl: an article's main text and metadata",
                          {"blocks": array(BLOCK), "text": STR}, {**FETCH_INFO, **ARTICLE_INFO})
split_required = {"segments": array(SEGMENT), "blocks": array(BLOCK), "text": STR, "lang": LANG, "confidence": NUM}
# `guess`: for an "other" part, the language code the model reads it as, when it has one.
split_optional = {"guess": STR, **FETCH_INFO, **ARTICLE_INFO}
KINDS["split"] = record("split.jsonl: one language part of an article", split_required, split_optional)
normalized_required = {**split_required, "original_text": STR, "annotations": array(ANNOTATION)}
KINDS["normalized"] = record("normalized.jsonl: a part with normalized text and annotations",
                             normalized_required, split_optional)
extracted_required = {**normalized_required, "facts": FACTS}
KINDS["extracted"] = record("extracted.jsonl: a part with its facts", extracted_required, split_optional)
KINDS["deduped"] = record("deduped.jsonl and corpus.jsonl: a part with its dedupe verdict",
                          {**extracted_required, "dedupe": DEDUPE}, split_optional)
KINDS["reject"] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "<stage>.rejects.jsonl: a rejected line",
    **obj({"id": {"type": ["string", "null"]}, "line": INT, "stage": STR, "error": STR, "detail": STR}),
}
GROUP_COUNTS = obj(
    {"records_in": INT, "records_out": INT, "rejected": INT,
     "filter_reasons": {"type": "object", "additionalProperties": INT}},
)
COUNTS = obj(
    {"records_in": INT, "records_out": INT, "rejected": INT, "filtered": INT,
     "reject_reasons": {"type": "object", "additionalProperties": INT},
     "filter_reasons": {"type": "object", "additionalProperties": INT}},
    {"published": INT, "sources": {"type": "object", "additionalProperties": GROUP_COUNTS}},
)
KINDS["manifest"] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "<stage>.manifest.json",
    **obj({"stage": STR, "run_id": STR, "code_version": STR, "config_sha256": STR, "input_sha256": STR,
           "output_sha256": STR, "counts": COUNTS, "seconds": NUM, "workers": INT, "finished_at": STR},
          {"shard": obj({"index": INT, "count": INT, "input_lines": INT})}),
}

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, schema in KINDS.items():
        path = OUT / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(path.relative_to(OUT.parent))
