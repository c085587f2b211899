// chtml.h — article text from an HTML page, via libxml2. No libxml2 header is included here.
#ifndef CHTML_H
#define CHTML_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Extracts the readable text of an HTML document (UTF-8 `html`, `len` bytes).
/// Blocks (headings, paragraphs, list items, blockquotes, table cells, other block elements)
/// are written one per paragraph, separated by a blank line ("\n\n"); inline whitespace is
/// collapsed. Dropped: script, style, noscript, template, nav, footer, aside, form, header
/// furniture such as button/select/svg, and elements hidden from readers (`hidden`,
/// `aria-hidden="true"`, inline `display:none` / `visibility:hidden`).
/// The title (from <title>) is written to *title when present.
/// On success returns 0 and sets *out / *out_len (free with chtml_free); on failure, negative.
int32_t chtml_extract(const char *html, int32_t len, char **out, int32_t *out_len,
                      char **title);

/// As chtml_extract, and also the text of elements hidden from readers (hidden attribute,
/// aria-hidden, display:none, visibility:hidden, zero font size), one block per element,
/// into *hidden (free with chtml_free; NULL when there is none).
int32_t chtml_extract2(const char *html, int32_t len, char **out, int32_t *out_len, char **title,
                       char **hidden, int32_t *hidden_len);

void chtml_free(void *p);

#ifdef __cplusplus
}
#endif
#endif
