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
    int64_t scan;          /* source byte offset of the next character not yet traced to the text */
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

/* Appends one byte of text that came from source bytes [source_start, source_end): it extends the last
   segment when it continues it (the next byte of an exact copy, or more of the same reference), else starts one. */
static void emit(gz_html_text *out, uint8_t byte, int64_t source_start, int64_t source_end, int exact) {
    int64_t at = out->length;
    append(out, (const char *)&byte, 1);
    if (out->failed) return;
    if (out->segment_count > 0) {
        gz_html_segment *last = &out->segments[out->segment_count - 1];
        if (last->text_end == at && last->exact == exact
            && (exact ? last->source_end == source_start
                      : last->source_start == source_start && last->source_end == source_end)) {
            last->text_end = at + 1;
            last->source_end = source_end;
            return;
        }
    }
    if (!grow((void **)&out->segments, &out->segment_capacity, out->segment_count + 1, sizeof(gz_html_segment))) { out->failed = 1; return; }
    gz_html_segment *segment = &out->segments[out->segment_count++];
    segment->text_start = at;
    segment->text_end = at + 1;
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
    /* A start tag's event fires on its '>' (or "/>"), before they are consumed. An element the parser implies
       (a <body> opened by text inside <head>) fires where the parser has read ahead, past the text that opened
       it: no '>' there, and the scan cursor stays, so that text is still traced from where it is. */
    int64_t after = state->last_position;
    if (after + 1 < state->source_length && state->source[after] == '/' && state->source[after + 1] == '>') after += 2;
    else if (after < state->source_length && state->source[after] == '>') after += 1;
    else return;
    if (after > state->scan) state->scan = after;
}

static int is_letter(uint8_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Whether the source right before `at` is an end tag: "</" and a name, up to a '>' at at - 1. */
static int follows_end_tag(const uint8_t *source, int64_t at, int64_t length) {
    if (at <= 0 || at > length || source[at - 1] != '>') return 0;
    int64_t lt = at - 2;
    while (lt >= 0 && source[lt] != '<') lt--;
    return lt >= 0 && lt + 2 < at && source[lt + 1] == '/' && is_letter(source[lt + 2]);
}

static void on_end(void *context, const xmlChar *name) {
    extraction *state = context;
    const char *tag = (const char *)name;
    if (state->skip_depth > 0) state->skip_depth--;
    else if (in_list(tag, blocks)) request_break(state, 2);
    state->last_position = position(state);
    /* An end tag's event fires past its '>'; an implied end (the parser closing <head> for text) fires where
       the parser has read ahead, past text that may itself end on a '>' (fuzz seed 2026 case 1078,
       "</hea<b>Kazak/title></hea<b>Kazakhstan"): only an end tag right before moves the scan cursor. */
    int64_t at = state->last_position;
    if (!follows_end_tag(state->source, at, state->source_length)) return;
    if (at > state->scan) state->scan = at;
}

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* The end of the comment that starts at source[at] ("<!--"): past its "-->", or the end of the source. */
static int64_t comment_end(const uint8_t *source, int64_t at, int64_t length) {
    for (int64_t k = at + 4; k + 2 < length; k++)
        if (source[k] == '-' && source[k + 1] == '-' && source[k + 2] == '>') return k + 3;
    return length;
}


/* Past the first '>' from source[k] (outside quotes when `quoted`), or the end of the source. */
static int64_t past_close(const uint8_t *source, int64_t k, int64_t length, int quoted) {
    uint8_t quote = 0;
    for (; k < length; k++) {
        if (quote) { if (source[k] == quote) quote = 0; }
        else if (quoted && (source[k] == '"' || source[k] == '\'')) quote = source[k];
        else if (source[k] == '>') return k + 1;
    }
    return length;
}

/* The end of markup at source[at] ('<') that gives no text and may fire no event: a comment, a processing
   instruction, a DOCTYPE, an end tag (a stray one fires none; the parser skips it to its first '>', quotes or
   not), "</" before a non-letter (the parser drops those two), a start tag. Returns `at` where the parser reads
   the '<' as text ("a < b", "<3", "<![CDATA[" and other "<!": libxml2's HTML parser keeps them). */
static int64_t markup_end(const uint8_t *source, int64_t at, int64_t length) {
    if (at + 1 >= length || source[at] != '<') return at;
    uint8_t next = source[at + 1];
    if (next == '!') {
        if (at + 3 < length && source[at + 2] == '-' && source[at + 3] == '-') return comment_end(source, at, length);
        if (at + 9 <= length && strncasecmp((const char *)source + at + 2, "DOCTYPE", 7) == 0) return past_close(source, at + 9, length, 0);
        return at;
    }
    if (next == '?') return past_close(source, at + 2, length, 0);
    if (next == '/') return at + 2 < length && is_letter(source[at + 2]) ? past_close(source, at + 2, length, 0) : at + 2;
    if (is_letter(next)) return past_close(source, at + 1, length, 1);
    return at;
}

static int is_hex(uint8_t c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static int is_alnum(uint8_t c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

/* The character reference at source[at] ('&'): returns its end and sets *value to the code point it names
   (0 for none: "&#;", "&#x;", "&#0;" are dropped by the parser), or returns `at` when the parser reads no
   reference there. Numeric references need no ';' (as libxml2 reads them); named ones need it and must be
   known entities. */
static int64_t reference_end(const uint8_t *source, int64_t at, int64_t length, uint32_t *value) {
    int64_t k = at + 1;
    *value = 0;
    if (k < length && source[k] == '#') {
        k++;
        int hex = k < length && (source[k] | 0x20) == 'x';
        if (hex) k++;
        while (k < length && (hex ? is_hex(source[k]) : (source[k] >= '0' && source[k] <= '9'))) {
            uint8_t c = source[k++];
            uint32_t digit = c <= '9' ? (uint32_t)(c - '0') : (uint32_t)((c | 0x20) - 'a' + 10);
            if (*value <= 0x10FFFF) *value = *value * (hex ? 16 : 10) + digit;
        }
        /* Digits or none ("&#;", "&#x;": the parser drops those), the reference ends at the first other
           character, past it when that is ';'. */
        return k < length && source[k] == ';' ? k + 1 : k;
    }
    char name[33];
    int count = 0;
    while (k < length && is_alnum(source[k]) && count < 32) name[count++] = (char)source[k++];
    if (count == 0 || k >= length || source[k] != ';') return at;
    name[count] = 0;
    const htmlEntityDesc *entity = htmlEntityLookup((const xmlChar *)name);
    if (entity == NULL) return at;
    *value = entity->value;
    return k + 1;
}

/* The UTF-8 of `value` into `out`; its length, 0 for what is no character. */
static int utf8_of(uint32_t value, uint8_t *out) {
    if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return 0;
    if (value < 0x80) { out[0] = (uint8_t)value; return 1; }
    if (value < 0x800) { out[0] = (uint8_t)(0xC0 | value >> 6); out[1] = (uint8_t)(0x80 | (value & 0x3F)); return 2; }
    if (value < 0x10000) {
        out[0] = (uint8_t)(0xE0 | value >> 12); out[1] = (uint8_t)(0x80 | ((value >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (value & 0x3F)); return 3;
    }
    out[0] = (uint8_t)(0xF0 | value >> 18); out[1] = (uint8_t)(0x80 | ((value >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((value >> 6) & 0x3F)); out[3] = (uint8_t)(0x80 | (value & 0x3F)); return 4;
}

/* Traces each byte of a chunk of characters to the source bytes it came from, from the scan cursor on:
   literal bytes one to one (exact); a character reference's bytes to the whole reference; comments, references
   to nothing and control characters the parser dropped are stepped over. libxml2 reports where a chunk ends
   only roughly (a lone '<', an entity's name), so the chunk is matched against the source rather than placed
   by those positions; what cannot be matched maps, as before, to the rest of the chunk's source. */
static void trace(extraction *state, const xmlChar *characters, int length, int64_t chunk_end,
                  int64_t *starts, int64_t *ends, uint8_t *exact) {
    const uint8_t *source = state->source;
    int64_t n = state->source_length, j = state->scan;
    int i = 0, after_doctype = 0;
    while (i < length) {
        /* Markup is stepped over; but right after a DOCTYPE libxml2 reads the '<' of an end tag or of another
           "<!" that is no comment as text. */
        int comment = j + 3 < n && source[j + 1] == '!' && source[j + 2] == '-' && source[j + 3] == '-';
        int as_text = after_doctype && j + 1 < n && (source[j + 1] == '/' || (source[j + 1] == '!' && !comment));
        int64_t markup = as_text ? j : markup_end(source, j, n);
        after_doctype = 0;
        if (markup > j) {
            after_doctype = source[j + 1] == '!' && !comment;
            j = markup;
            continue;
        }
        if (j < n && source[j] == '&') {
            uint32_t value;
            int64_t k = reference_end(source, j, n, &value);
            if (k > j) {
                uint8_t bytes[4];
                int width = utf8_of(value, bytes);
                if (width > 0 && i + width <= length && memcmp(characters + i, bytes, (size_t)width) == 0) {
                    for (int t = 0; t < width; t++) { starts[i + t] = j; ends[i + t] = k; exact[i + t] = 0; }
                    i += width;
                    j = k;
                    continue;
                }
                if (source[j + 1] == '#') { j = k; continue; } /* a reference to no character: dropped */
            }
        }
        if (j < n && characters[i] == source[j]) {
            starts[i] = j; ends[i] = j + 1; exact[i] = 1;
            i++; j++;
            continue;
        }
        if (j < n && source[j] == '\r' && characters[i] == '\n') {
            int64_t k = j + 1 < n && source[j + 1] == '\n' ? j + 2 : j + 1;
            starts[i] = j; ends[i] = k; exact[i] = 0;
            i++; j = k;
            continue;
        }
        /* A control character the parser dropped (form feed too: it is no XML character). */
        if (j < n && (source[j] < 0x20 || source[j] == 0x7F)) { j++; continue; }
        int64_t end = chunk_end > j ? chunk_end : j;
        for (; i < length; i++) { starts[i] = j; ends[i] = end; exact[i] = 0; }
        j = end;
    }
    state->scan = j;
}

static void on_characters(void *context, const xmlChar *characters, int length) {
    extraction *state = context;
    int64_t source_end = position(state);
    state->last_position = source_end;
    if (length <= 0) {
        if (state->skip_depth > 0 && source_end > state->scan) state->scan = source_end;
        return;
    }
    int64_t *starts = malloc(sizeof(int64_t) * (size_t)length * 2);
    uint8_t *exact = malloc((size_t)length);
    if (starts == NULL || exact == NULL) { free(starts); free(exact); state->out->failed = 1; return; }
    int64_t *ends = starts + length;
    /* Dropped text is traced too, so that the cursor stops right after it: libxml2 reports where a chunk ends
       only roughly, and a lone '<' in <head> "ends" on itself (fuzz seed 41 case 226, "</title><>La Cina": the
       text after it then began on the '>' and was traced from the '<'). */
    trace(state, characters, length, source_end, starts, ends, exact);
    if (state->skip_depth > 0) {
        free(starts);
        free(exact);
        return;
    }

    /* White space collapses to one space, none at a line's start; breaks come before the next text. */
    for (int i = 0; i < length; i++) {
        unsigned char c = characters[i];
        if (is_space(c)) {
            state->pending_space = 1;
            continue;
        }
        if (state->pending_break) {
            append(state->out, state->pending_break == 2 ? "\n\n" : "\n", state->pending_break == 2 ? 2 : 1);
            state->pending_break = 0;
            state->at_line_start = 1;
            state->pending_space = 0;
        } else if (state->pending_space) {
            if (!state->at_line_start) append(state->out, " ", 1);
            state->pending_space = 0;
        }
        emit(state->out, c, starts[i], ends[i], exact[i]);
        state->at_line_start = 0;
    }
    free(starts);
    free(exact);
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
    extraction state = {out, context, 0, 0, 0, 1, 0, 0, html, length};
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
