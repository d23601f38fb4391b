/*
 * gazzetta_xml.h - readable text out of HTML with libxml2's HTML parser, behind plain C types.
 *
 * The only code that includes libxml2's headers. Text comes out as UTF-8 with a map of segments:
 * each says which bytes of the extracted text came from which bytes of the source, so a mention
 * found in the text can be traced back to the file.
 */
#ifndef GAZZETTA_XML_H
#define GAZZETTA_XML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A run of extracted text and the source bytes it came from. `exact` is 1 when the run is a byte-for-byte copy. */
typedef struct {
    int64_t text_start;
    int64_t text_end;
    int64_t source_start;
    int64_t source_end;
    int32_t exact;
} gz_html_segment;

/** The result of an extraction, opaque. */
typedef struct gz_html_text gz_html_text;

/**
 * Extracts the readable text of `length` bytes of HTML: scripts, styles, templates, navigation and forms are
 * dropped, entities decoded, white space collapsed; headings, paragraphs, list items and table rows are
 * separated by blank lines. `encoding` may be NULL (libxml2 reads the document's own declaration, else UTF-8).
 * Returns NULL on failure.
 */
gz_html_text *gz_html_extract(const uint8_t *html, int64_t length, const char *encoding);

/** The extracted text, UTF-8, and its length in bytes. */
const uint8_t *gz_html_text_bytes(const gz_html_text *text, int64_t *length);

/** The segments, in text order, and their count. */
const gz_html_segment *gz_html_text_segments(const gz_html_text *text, int64_t *count);

/** Releases an extraction. NULL is allowed. */
void gz_html_free(gz_html_text *text);

#ifdef __cplusplus
}
#endif

#endif
