// chtml.c — the only file that includes libxml2 headers. See include/chtml.h.
#include "chtml.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

typedef struct { char *p; size_t n, cap; int pending_space; int pending_break; } buf_t;

static int buf_reserve(buf_t *b, size_t extra) {
    if (b->n + extra + 1 <= b->cap) return 1;
    size_t nc = b->cap ? b->cap * 2 : 4096;
    while (nc < b->n + extra + 1) nc *= 2;
    char *np = (char *)realloc(b->p, nc);
    if (!np) return 0;
    b->p = np; b->cap = nc;
    return 1;
}

static void buf_break(buf_t *b) { if (b->n > 0) b->pending_break = 1; }

static int buf_text(buf_t *b, const char *s) {
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        int ws = (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f');
        // U+00A0 stays as written: it is text, folded later by normalization.
        if (ws) { b->pending_space = 1; continue; }
        if (!buf_reserve(b, 4)) return 0;
        if (b->pending_break) {
            b->p[b->n++] = '\n'; b->p[b->n++] = '\n';
            b->pending_break = 0; b->pending_space = 0;
        } else if (b->pending_space && b->n > 0 && b->p[b->n - 1] != '\n') {
            b->p[b->n++] = ' ';
        }
        b->pending_space = 0;
        b->p[b->n++] = (char)*c;
    }
    return 1;
}

static int name_is(const xmlChar *name, const char *const *list) {
    for (int i = 0; list[i]; i++) if (strcasecmp((const char *)name, list[i]) == 0) return 1;
    return 0;
}

static const char *const DROPPED[] = {
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "select", "option", "textarea", "svg", "canvas", "iframe", "object", "embed", "head",
    "input", "label", "menu", "dialog", NULL };
static const char *const BLOCKS[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section",
    "article", "main", "header", "figure", "figcaption", "table", "tr", "td", "th", "dd", "dt",
    "ul", "ol", "dl", "br", "hr", "caption", "address", "summary", "details", NULL };

// Lower-cases and strips spaces, for matching inline style declarations.
static void squash(const char *s, char *out, size_t cap) {
    size_t n = 0;
    for (; *s && n + 1 < cap; s++) if (!isspace((unsigned char)*s)) out[n++] = (char)tolower((unsigned char)*s);
    out[n] = 0;
}

static int is_hidden(xmlNodePtr node) {
    if (xmlHasProp(node, (const xmlChar *)"hidden")) return 1;
    xmlChar *aria = xmlGetProp(node, (const xmlChar *)"aria-hidden");
    if (aria) { int h = strcasecmp((const char *)aria, "true") == 0; xmlFree(aria); if (h) return 1; }
    xmlChar *style = xmlGetProp(node, (const xmlChar *)"style");
    if (style) {
        char sq[1024]; squash((const char *)style, sq, sizeof sq); xmlFree(style);
        if (strstr(sq, "display:none") || strstr(sq, "visibility:hidden") ||
            strstr(sq, "font-size:0;") || (strlen(sq) >= 11 && strcmp(sq + strlen(sq) - 11, "font-size:0") == 0))
            return 1;
    }
    return 0;
}

int32_t chtml_extract(const char *html, int32_t len, char **out, int32_t *out_len, char **title) {
    return chtml_extract2(html, len, out, out_len, title, NULL, NULL);
}

int32_t chtml_extract2(const char *html, int32_t len, char **out, int32_t *out_len, char **title,
                       char **hidden, int32_t *hidden_len) {
    *out = NULL; *out_len = 0; if (title) *title = NULL;
    if (hidden) { *hidden = NULL; *hidden_len = 0; }
    buf_t hb = {0};
    htmlDocPtr doc = htmlReadMemory(html, len, NULL, "utf-8",
        // HUGE lifts libxml2's nesting limit (256): our walk is iterative, so deep pages are
        // read whole. HTML has no entity declarations, so no entity expansion bomb applies.
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE);
    if (!doc) return -1;
    buf_t b = {0};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    // Iterative pre-order walk: deep nesting must not exhaust the C stack.
    xmlNodePtr node = root;
    int ok = 1;
    while (node && ok) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            if (title && !*title && strcasecmp((const char *)node->name, "title") == 0) {
                xmlChar *t = xmlNodeGetContent(node);
                if (t) { *title = strdup((const char *)t); xmlFree(t); }
            }
            // <title> lives in <head>, which is dropped below: look for it among head's children.
            if (title && !*title && strcasecmp((const char *)node->name, "head") == 0) {
                for (xmlNodePtr c = node->children; c; c = c->next) {
                    if (c->type != XML_ELEMENT_NODE || strcasecmp((const char *)c->name, "title") != 0) continue;
                    xmlChar *t = xmlNodeGetContent(c);
                    if (t) { *title = strdup((const char *)t); xmlFree(t); }
                    break;
                }
            }
            if (hidden && !name_is(node->name, DROPPED) && is_hidden(node)) {
                // Text a reader does not see but a copy-paste carries: kept apart, one block each.
                xmlChar *t = xmlNodeGetContent(node);
                if (t) { buf_break(&hb); if (!buf_text(&hb, (const char *)t)) ok = 0; xmlFree(t); }
            }
            if (!name_is(node->name, DROPPED) && !is_hidden(node)) {
                if (name_is(node->name, BLOCKS)) buf_break(&b);
                descend = node->children != NULL;
            }
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) ok = buf_text(&b, (const char *)node->content);
        }
        if (descend) { node = node->children; continue; }
        // Leave: climb until a sibling exists, ending blocks on the way up.
        while (node && node != root && !node->next) {
            node = node->parent;
            if (node && node->type == XML_ELEMENT_NODE && name_is(node->name, BLOCKS)) buf_break(&b);
        }
        if (!node || node == root) break;
        if (node->type == XML_ELEMENT_NODE && name_is(node->name, BLOCKS)) buf_break(&b);
        node = node->next;
    }
    xmlFreeDoc(doc);
    if (!ok) { free(b.p); free(hb.p); return -2; }
    if (hidden) {
        if (hb.n > 0 && buf_reserve(&hb, 1)) { hb.p[hb.n] = 0; *hidden = hb.p; *hidden_len = (int32_t)hb.n; }
        else free(hb.p);
    }
    if (!buf_reserve(&b, 1)) { free(b.p); return -2; }
    b.p[b.n] = 0;
    *out = b.p; *out_len = (int32_t)b.n;
    return 0;
}

void chtml_free(void *p) { free(p); }
