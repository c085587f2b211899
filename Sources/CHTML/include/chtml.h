// chtml.h — article text from an HTML page, via libxml2. No libxml2 header is included here.
#ifndef CHTML_H
#define CHTML_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What an extracted block is, from its markup (see `chtml.c` for the rules).
enum chtml_role {
    CHTML_ROLE_BODY = 0,      ///< article text
    CHTML_ROLE_HEADLINE = 1,  ///< the article's <h1> (or the heading the page names as its title)
    CHTML_ROLE_HEADING = 2,   ///< <h2>–<h6> inside the article
    CHTML_ROLE_BYLINE = 3,    ///< rel/itemprop/class "author", class "byline"
    CHTML_ROLE_DATELINE = 4,  ///< <time>, itemprop datePublished, class "dateline"/"date"
    CHTML_ROLE_CAPTION = 5,   ///< <figcaption>, <caption>, class "caption"/"credit"
    CHTML_ROLE_PULLQUOTE = 6, ///< class "pullquote"/"pull-quote", <aside> quotes inside the article
    CHTML_ROLE_DECK = 7,      ///< class "dek"/"deck"/"standfirst"/"subtitle"/"summary" near the headline
};

/// One block of the extracted text: `text[start..<end]` (UTF-8 byte offsets) and its role.
typedef struct { int32_t start, end, role; } chtml_block;

/// Everything one extraction gives. Free with `chtml_result_free`.
typedef struct {
    /// The article text: one block per paragraph, separated by a blank line ("\n\n").
    char *text; int32_t text_len;
    /// The <title>, NUL-terminated, or NULL.
    char *title;
    /// Text of elements inside the article hidden from readers, one block each ("\n\n" apart).
    char *hidden; int32_t hidden_len;
    chtml_block *blocks; int32_t block_count;
    /// What was left out and why: records "rule\x1Ftext\x1E", in page order.
    char *dropped; int32_t dropped_len;
    /// What the page held: characters of visible body text before any selection, and the
    /// number of <script> elements with code (to tell a script shell from a page of furniture).
    int32_t seen_text_chars; int32_t script_count;
} chtml_result;

/// Finds the article in an HTML page (UTF-8, `len` bytes) and extracts it, with roles and the
/// record of what was dropped. Returns 0, or a negative number when the page cannot be parsed or
/// memory runs out.
int32_t chtml_extract3(const char *html, int32_t len, chtml_result *result);
void chtml_result_free(chtml_result *result);

void chtml_free(void *p);

#ifdef __cplusplus
}
#endif
#endif
