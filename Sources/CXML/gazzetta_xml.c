/*
 * gazzetta_xml.c - the only file in Gazzetta that includes libxml2's headers.
 */
#include "gazzetta_xml.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

struct gz_html_text {
    int failed; /* out of memory: the extraction is refused rather than returned short */
    uint8_t *bytes;
    int64_t length, capacity;
    gz_html_segment *segments;
    int64_t segment_count, segment_capacity;
};

typedef struct {
    gz_html_text *out;
    htmlParserCtxtPtr context;
    int skip_depth;        /* > 0 inside an element whose content is dropped */
    int pending_break;     /* 0 none, 1 line, 2 paragraph: written before the next text */
    int pending_space;     /* white space seen since the last text */
    int at_line_start;     /* no space is written at the start of a line */
    int64_t last_position; /* source byte offset where the previous event ended */
    const uint8_t *source;
    int64_t source_length;
} extraction;

static const char *dropped[] = {"script", "style", "noscript", "template", "nav", "form", "button", "select",
                                "svg", "head", "iframe", "object", "canvas", NULL};
static const char *blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
                               "section", "article", "blockquote", "pre", "header", "footer", "main", "aside",
                               "figure", "figcaption", "dl", "dt", "dd", "address", "hr", "title", "body", NULL};

static int in_list(const char *name, const char **list) {
    for (int i = 0; list[i] != NULL; i++) if (strcasecmp(name, list[i]) == 0) return 1;
    return 0;
}

static int grow(void **buffer, int64_t *capacity, int64_t needed, size_t size) {
    if (needed <= *capacity) return 1;
    int64_t next = *capacity ? *capacity : 256;
    while (next < needed) next *= 2;
    void *grown = realloc(*buffer, (size_t)next * size);
    if (grown == NULL) return 0;
    *buffer = grown;
    *capacity = next;
    return 1;
}

static void append(gz_html_text *out, const char *bytes, int64_t length) {
    if (out->failed) return;
    if (!grow((void **)&out->bytes, &out->capacity, out->length + length + 1, 1)) { out->failed = 1; return; }
    memcpy(out->bytes + out->length, bytes, (size_t)length);
    out->length += length;
    out->bytes[out->length] = 0;
}

static void add_segment(gz_html_text *out, int64_t text_start, int64_t source_start, int64_t source_end, int exact) {
    if (out->length == text_start || out->failed) return;
    if (!grow((void **)&out->segments, &out->segment_capacity, out->segment_count + 1, sizeof(gz_html_segment))) { out->failed = 1; return; }
    gz_html_segment *segment = &out->segments[out->segment_count++];
    segment->text_start = text_start;
    segment->text_end = out->length;
    segment->source_start = source_start;
    segment->source_end = source_end;
    segment->exact = exact;
}

static int64_t position(extraction *state) {
    return (int64_t)xmlByteConsumed(state->context);
}

static void request_break(extraction *state, int kind) {
    if (state->out->length == 0) return;
    if (kind > state->pending_break) state->pending_break = kind;
}

static void on_start(void *context, const xmlChar *name, const xmlChar **attributes) {
    (void)attributes;
    extraction *state = context;
    const char *tag = (const char *)name;
    if (state->skip_depth > 0 || in_list(tag, dropped)) state->skip_depth++;
    else if (strcasecmp(tag, "br") == 0) request_break(state, 1);
    else if (in_list(tag, blocks)) request_break(state, 2);
    state->last_position = position(state);
}

static void on_end(void *context, const xmlChar *name) {
    extraction *state = context;
    const char *tag = (const char *)name;
    if (state->skip_depth > 0) state->skip_depth--;
    else if (in_list(tag, blocks)) request_break(state, 2);
    state->last_position = position(state);
}

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static void flush_run(extraction *state, int64_t text_start, int verbatim, int64_t run_source_start,
                      int64_t run_source_end, int64_t chunk_source_start, int64_t chunk_source_end) {
    if (verbatim) add_segment(state->out, text_start, run_source_start, run_source_end, 1);
    else add_segment(state->out, text_start, chunk_source_start, chunk_source_end, 0);
}

static void on_characters(void *context, const xmlChar *characters, int length) {
    extraction *state = context;
    int64_t source_end = position(state);
    int64_t source_start = state->last_position;
    if (source_start > source_end) source_start = source_end;
    /* A start tag's event fires before its '>' is consumed. */
    while (source_start < source_end && source_start < state->source_length && state->source[source_start] == '>') source_start++;
    state->last_position = source_end;
    if (state->skip_depth > 0) return;

    /* White space collapses to one space, none at a line's start; breaks come before the next text.
       A chunk the parser passed through unchanged (no entity decoded) maps each run of kept
       characters to exactly its source bytes; otherwise a run maps to the whole chunk. */
    int verbatim = (int64_t)length == source_end - source_start
        && memcmp(characters, state->source + source_start, (size_t)length) == 0;
    int64_t text_start = -1, run_start = 0;
    for (int i = 0; i < length; i++) {
        unsigned char c = characters[i];
        if (is_space(c)) {
            if (text_start >= 0) {
                flush_run(state, text_start, verbatim, source_start + run_start, source_start + i, source_start, source_end);
                text_start = -1;
            }
            state->pending_space = 1;
            continue;
        }
        if (text_start < 0) {
            if (state->pending_break) {
                append(state->out, state->pending_break == 2 ? "\n\n" : "\n", state->pending_break == 2 ? 2 : 1);
                state->pending_break = 0;
                state->at_line_start = 1;
            } else if (state->pending_space && !state->at_line_start) {
                append(state->out, " ", 1);
            }
            state->pending_space = 0;
            text_start = state->out->length;
            run_start = i;
        }
        append(state->out, (const char *)&characters[i], 1);
        state->at_line_start = 0;
    }
    if (text_start >= 0) flush_run(state, text_start, verbatim, source_start + run_start, source_start + length, source_start, source_end);
}

void gz_html_free(gz_html_text *text);

/* libxml2 wants xmlInitParser() once before threads use it; batch extracts pages in parallel. */
static pthread_once_t initialised = PTHREAD_ONCE_INIT;
static void initialise(void) { xmlInitParser(); }

gz_html_text *gz_html_extract(const uint8_t *html, int64_t length, const char *encoding) {
    pthread_once(&initialised, initialise);
    if (length > INT32_MAX) return NULL;
    gz_html_text *out = calloc(1, sizeof(gz_html_text));
    if (out == NULL) return NULL;
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof(handler));
    handler.startElement = on_start;
    handler.endElement = on_end;
    handler.characters = on_characters;
    handler.cdataBlock = on_characters;

    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt((const char *)html, (int)length);
    if (context == NULL) { free(out); return NULL; }
    extraction state = {out, context, 0, 0, 0, 1, 0, html, length};
    if (context->sax != NULL) xmlFree(context->sax);
    context->sax = (xmlSAXHandlerPtr)&handler;
    context->userData = &state;
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr handler_for_encoding = xmlFindCharEncodingHandler(encoding);
        if (handler_for_encoding != NULL) xmlSwitchToEncoding(context, handler_for_encoding);
    }
    /* When the caller has decoded the page already, a <meta charset> inside must not re-decode it. */
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    if (encoding != NULL) options |= HTML_PARSE_IGNORE_ENC;
    htmlCtxtUseOptions(context, options);
    htmlParseDocument(context);
    context->sax = NULL;
    htmlFreeParserCtxt(context);
    append(out, "", 0);
    if (out->bytes == NULL && !out->failed) { out->bytes = calloc(1, 1); }
    if (out->failed || out->bytes == NULL) { gz_html_free(out); return NULL; }
    return out;
}

const uint8_t *gz_html_text_bytes(const gz_html_text *text, int64_t *length) {
    *length = text->length;
    return text->bytes;
}

const gz_html_segment *gz_html_text_segments(const gz_html_text *text, int64_t *count) {
    *count = text->segment_count;
    return text->segments;
}

void gz_html_free(gz_html_text *text) {
    if (text == NULL) return;
    free(text->bytes);
    free(text->segments);
    free(text);
}
