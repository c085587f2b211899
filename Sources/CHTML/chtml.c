// chtml.c — the only file that includes libxml2 headers. See include/chtml.h.
//
// From a page to its article, in phases (each walk is iterative, so deep nesting cannot
// overflow the C stack):
//   1. parse (libxml2, recovering), collect <style> rules, <title>, JSON-LD `articleBody`;
//   2. index every element: tag facts, the page's hiding (attributes, inline style, classes the
//      page's own simple CSS hides), class/id words, text and link-text sizes bottom-up;
//   3. score paragraphs into their ancestors (text length, commas, link density, tag and
//      class/id words) and pick the best container; take in the siblings that belong to it;
//   4. clean inside it: furniture by class/id words, link-heavy lists and boxes, short
//      link-only lines, headings that are links;
//   5. emit the kept text block by block with its role, and record what was dropped and why.
// The weights follow the ones the proven extractors publish (Readability's paragraph score
// and sibling rules, jusText's link density, trafilatura's class/id furniture words); the
// thresholds that are drift's own are measured on the article-extraction benchmark (see
// docs/input.md, "HTML: finding the article").
#include "chtml.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>

// ---------------------------------------------------------------- growing text buffers

typedef struct { char *p; size_t n, cap; int pending_space; int pending_break; int oom; } buf_t;

static int buf_reserve(buf_t *b, size_t extra) {
    if (b->oom) return 0;
    if (b->n + extra + 1 <= b->cap) return 1;
    size_t nc = b->cap ? b->cap * 2 : 4096;
    while (nc < b->n + extra + 1) nc *= 2;
    char *np = (char *)realloc(b->p, nc);
    if (!np) { b->oom = 1; return 0; }
    b->p = np; b->cap = nc;
    return 1;
}

static void buf_break(buf_t *b) { if (b->n > 0) b->pending_break = 1; }

static void buf_raw(buf_t *b, const char *s, size_t n) {
    if (!buf_reserve(b, n)) return;
    memcpy(b->p + b->n, s, n); b->n += n;
}

// Appends text with white space collapsed; a pending block break becomes "\n\n".
static void buf_text(buf_t *b, const char *s) {
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        int ws = (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f');
        // U+00A0 stays as written: it is text, folded later by normalization.
        if (ws) { b->pending_space = 1; continue; }
        if (!buf_reserve(b, 4)) return;
        if (b->pending_break) {
            b->p[b->n++] = '\n'; b->p[b->n++] = '\n';
            b->pending_break = 0; b->pending_space = 0;
        } else if (b->pending_space && b->n > 0 && b->p[b->n - 1] != '\n') {
            b->p[b->n++] = ' ';
        }
        b->pending_space = 0;
        b->p[b->n++] = (char)*c;
    }
}

// ---------------------------------------------------------------- tags

enum {
    F_BLOCK = 1, F_DROP = 2, F_HEADING = 4, F_LINK = 8, F_PARA = 16, F_LIST = 32, F_MEDIA = 64,
    F_INPUT = 128, F_CONTAINER = 256,
};

typedef struct { const char *name; int flags; } tag_t;
static const tag_t TAGS[] = {
    // Never reader text, dropped with everything inside. <form> is not here: a page wrapped in
    // one form (ASP.NET) is still a page; its controls are dropped one by one.
    {"script", F_DROP}, {"style", F_DROP}, {"noscript", F_DROP}, {"template", F_DROP},
    {"head", F_DROP}, {"button", F_DROP | F_INPUT}, {"select", F_DROP | F_INPUT},
    {"option", F_DROP}, {"textarea", F_DROP | F_INPUT}, {"input", F_DROP | F_INPUT},
    {"label", F_DROP}, {"svg", F_DROP}, {"canvas", F_DROP}, {"iframe", F_DROP | F_MEDIA},
    {"object", F_DROP | F_MEDIA}, {"embed", F_DROP | F_MEDIA}, {"dialog", F_DROP},
    // Site furniture by its own markup.
    {"nav", F_DROP | F_BLOCK}, {"footer", F_DROP | F_BLOCK}, {"aside", F_DROP | F_BLOCK},
    {"menu", F_DROP | F_BLOCK},
    {"p", F_BLOCK | F_PARA}, {"pre", F_BLOCK | F_PARA}, {"blockquote", F_BLOCK | F_PARA},
    {"td", F_BLOCK | F_PARA}, {"th", F_BLOCK},
    {"div", F_BLOCK | F_CONTAINER}, {"section", F_BLOCK | F_CONTAINER},
    {"article", F_BLOCK | F_CONTAINER}, {"main", F_BLOCK | F_CONTAINER},
    {"header", F_BLOCK | F_CONTAINER}, {"form", F_BLOCK | F_CONTAINER},
    {"table", F_BLOCK | F_CONTAINER}, {"tbody", F_CONTAINER}, {"center", F_BLOCK | F_CONTAINER},
    {"h1", F_BLOCK | F_HEADING}, {"h2", F_BLOCK | F_HEADING}, {"h3", F_BLOCK | F_HEADING},
    {"h4", F_BLOCK | F_HEADING}, {"h5", F_BLOCK | F_HEADING}, {"h6", F_BLOCK | F_HEADING},
    {"ul", F_BLOCK | F_LIST}, {"ol", F_BLOCK | F_LIST}, {"dl", F_BLOCK | F_LIST},
    {"li", F_BLOCK}, {"dd", F_BLOCK}, {"dt", F_BLOCK},
    {"figure", F_BLOCK}, {"figcaption", F_BLOCK}, {"caption", F_BLOCK},
    {"tr", F_BLOCK}, {"br", F_BLOCK}, {"hr", F_BLOCK}, {"address", F_BLOCK},
    {"summary", F_BLOCK}, {"details", F_BLOCK},
    {"a", F_LINK}, {"img", F_MEDIA}, {"video", F_MEDIA}, {"picture", F_MEDIA}, {"audio", F_MEDIA},
    {NULL, 0}};

static int tag_flags(const xmlChar *name, int *index) {
    for (int i = 0; TAGS[i].name; i++)
        if (strcasecmp((const char *)name, TAGS[i].name) == 0) { *index = i; return TAGS[i].flags; }
    *index = -1;
    return 0;
}

static int is_tag(const xmlChar *name, const char *t) { return strcasecmp((const char *)name, t) == 0; }

// ---------------------------------------------------------------- words in class and id

// Substring lists over the lower-cased "class id" string. Weak signals: a word adds or takes
// 25 points from a container's score (Readability's scale, where a paragraph is worth 1–4
// points plus one per comma).
static const char *const POSITIVE[] = {
    "article", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", NULL};
static const char *const NEGATIVE[] = {
    "comment", "related", "share", "sharing", "social", "sidebar", "footer", "promo", "sponsor",
    "advert", "banner", "widget", "newsletter", "subscribe", "outbrain", "taboola", "popular",
    "trending", "recommend", "more-stories", "breadcrumb", "masthead", "shopping", "tags", "meta",
    "tool", "nav", "menu", "footnote", "hidden", "skip", "signup", "most-read", "mostread", NULL};
// Furniture strong enough to drop a box outright (unless it also says it is the article):
// comments, related and recommended stories, sharing, menus, newsletter boxes, ads.
static const char *const UNLIKELY[] = {
    "comment", "disqus", "related", "recommend", "share", "sharing", "social", "sidebar",
    "newsletter", "subscribe", "signup", "sign-up", "promo", "sponsor", "advert", "outbrain",
    "taboola", "breadcrumb", "menu", "navbar", "nav-", "-nav", "footer", "popular", "trending",
    "most-read", "mostread", "more-stories", "morestories", "read-more", "readmore", "also-read",
    "paywall", "cookie", "gdpr", "consent", "pagination", "pager", "popup", "modal", "banner",
    "rss", "shoutbox", "skyscraper", "rail", "teaser", "next-article", "prev-article",
    "author-bio", "authorbio", "about-author", "tags", "tag-list", "taglist", "keywords",
    "print", "toolbar", "ad-", "-ad", "ads", "login", "jump", NULL};
// Words that keep a box even when an unlikely word also matches ("article-comments" does not;
// "article-body" does).
static const char *const MAYBE[] = {
    "article-body", "articlebody", "article-content", "articlecontent", "entry-content",
    "post-content", "postcontent", "story-body", "storybody", "post-body", "postbody",
    "main-content", "maincontent", "article-text", "articletext", "story-content", "body-text",
    "bodytext", "content-body", "page-content", NULL};

static int has_any(const char *s, const char *const *list) {
    for (int i = 0; list[i]; i++) if (strstr(s, list[i])) return 1;
    return 0;
}

// "ad-" and the like must start a word, or "head-" and "bread-" would match.
static int has_word_prefix(const char *s, const char *w) {
    size_t n = strlen(w);
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w)) {
        if (p == s || !isalnum((unsigned char)p[-1])) {
            // "ads" and "tags" must also end a word ("adsense" aside); "ad-" ends in its dash.
            if (w[n - 1] == '-' || !isalnum((unsigned char)p[n])) return 1;
        }
    }
    return 0;
}

static int unlikely_words(const char *s) {
    for (int i = 0; UNLIKELY[i]; i++) {
        const char *w = UNLIKELY[i];
        if (strcmp(w, "ad-") == 0 || strcmp(w, "ads") == 0 || strcmp(w, "rail") == 0 ||
            strcmp(w, "tags") == 0 || strcmp(w, "print") == 0 || strcmp(w, "jump") == 0 ||
            strcmp(w, "rss") == 0 || strcmp(w, "menu") == 0 || strcmp(w, "modal") == 0) {
            if (has_word_prefix(s, w)) return 1;
        } else if (strcmp(w, "-ad") == 0) {
            for (const char *p = strstr(s, w); p; p = strstr(p + 1, w))
                if (!isalnum((unsigned char)p[3])) return 1;
        } else if (strstr(s, w)) return 1;
    }
    return 0;
}

// ---------------------------------------------------------------- the page's own hiding

// Lower-cases and strips spaces, for matching style declarations.
static void squash(const char *s, size_t len, char *out, size_t cap) {
    size_t n = 0;
    for (size_t i = 0; i < len && s[i] && n + 1 < cap; i++)
        if (!isspace((unsigned char)s[i])) out[n++] = (char)tolower((unsigned char)s[i]);
    out[n] = 0;
}

// A property's value in squashed declarations ("a:b;c:d"), copied to `val`; 0 when absent.
static int decl_value(const char *sq, const char *prop, char *val, size_t cap) {
    size_t pl = strlen(prop);
    for (const char *p = strstr(sq, prop); p; p = strstr(p + 1, prop)) {
        if ((p == sq || p[-1] == ';' || p[-1] == '{') && p[pl] == ':') {
            const char *v = p + pl + 1;
            size_t n = 0;
            while (v[n] && v[n] != ';' && v[n] != '}' && n + 1 < cap) { val[n] = v[n]; n++; }
            val[n] = 0;
            return 1;
        }
    }
    return 0;
}

// A length that is zero: "0", "0px", "0em", "0.0rem", "0%", with or without !important.
static int is_zero_length(const char *v) {
    const char *p = v;
    int digits = 0;
    while (*p == '0' || *p == '.') { if (*p == '0') digits++; p++; }
    if (!digits) return 0;
    return *p == 0 || *p == '!' || isalpha((unsigned char)*p) || *p == '%';
}

// A length far off-screen: -999px or beyond (the idiom is -9999px / -10000px / -100em).
static int is_offscreen(const char *v) {
    if (v[0] != '-') return 0;
    double x = strtod(v + 1, NULL);
    return x >= 999 || (x >= 99 && (strstr(v, "em") || strstr(v, "%") || strstr(v, "vw")));
}

// Declarations that hide an element from readers.
static int hides(const char *sq) {
    char v[64];
    if (strstr(sq, "display:none") || strstr(sq, "visibility:hidden")) return 1;
    if (decl_value(sq, "font-size", v, sizeof v) && is_zero_length(v)) return 1;
    if (decl_value(sq, "opacity", v, sizeof v) && is_zero_length(v)) return 1;
    if (decl_value(sq, "text-indent", v, sizeof v) && is_offscreen(v)) return 1;
    int positioned = strstr(sq, "position:absolute") || strstr(sq, "position:fixed");
    if (positioned) {
        static const char *const sides[] = {"left", "top", "right", NULL};
        for (int i = 0; sides[i]; i++)
            if (decl_value(sq, sides[i], v, sizeof v) && is_offscreen(v)) return 1;
        // The "visually hidden" idiom: a 1px box clipped to nothing.
        if (strstr(sq, "clip:rect(0") || strstr(sq, "clip:rect(1px") || strstr(sq, "clip-path:inset(50%")) return 1;
    }
    return 0;
}

// Class and id names the page's own <style> hides with a simple selector (`.x`, `#y`,
// `tag.x`), outside @media and other at-rules. Complex selectors are left alone: drift does not
// implement the cascade, and a rule it cannot read must not hide article text.
typedef struct { char **names; int n, cap; } nameset_t;

// At most 256 names are kept (each element is checked against all of them); real pages hide a
// handful of classes.
static void nameset_add(nameset_t *s, const char *p, size_t n) {
    if (n == 0 || n > 120 || s->n >= 256) return;
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 16;
        char **np = (char **)realloc(s->names, (size_t)nc * sizeof *np);
        if (!np) return;
        s->names = np; s->cap = nc;
    }
    char *c = (char *)malloc(n + 1);
    if (!c) return;
    memcpy(c, p, n); c[n] = 0;
    s->names[s->n++] = c;
}

static void nameset_free(nameset_t *s) {
    for (int i = 0; i < s->n; i++) free(s->names[i]);
    free(s->names);
}

static void css_collect(const char *css, nameset_t *classes, nameset_t *ids) {
    const char *p = css;
    int depth = 0;
    while (*p) {
        // Comments.
        if (p[0] == '/' && p[1] == '*') { const char *e = strstr(p + 2, "*/"); if (!e) break; p = e + 2; continue; }
        if (*p == '@') {  // An at-rule: skip its block (or statement) whole.
            const char *q = p;
            while (*q && *q != '{' && *q != ';') q++;
            if (*q == ';') { p = q + 1; continue; }
            if (!*q) break;
            int d = 0;
            for (; *q; q++) { if (*q == '{') d++; else if (*q == '}' && --d == 0) { q++; break; } }
            p = q;
            continue;
        }
        if (*p == '}') { if (depth > 0) depth--; p++; continue; }
        if (isspace((unsigned char)*p)) { p++; continue; }
        // A rule: selectors up to '{', declarations up to '}'.
        const char *sel = p;
        while (*p && *p != '{' && *p != '}') p++;
        if (*p != '{') continue;
        const char *sel_end = p;
        const char *decl = ++p;
        while (*p && *p != '}') p++;
        size_t dl = (size_t)(p - decl);
        if (*p) p++;
        char sq[512];
        squash(decl, dl < sizeof sq - 1 ? dl : sizeof sq - 1, sq, sizeof sq);
        if (!hides(sq)) continue;
        // Each selector of the list on its own.
        const char *s = sel;
        while (s < sel_end) {
            while (s < sel_end && (isspace((unsigned char)*s) || *s == ',')) s++;
            const char *e = s;
            while (e < sel_end && *e != ',') e++;
            const char *t = e;
            while (t > s && isspace((unsigned char)t[-1])) t--;
            // Simple: optional tag name, then one '.' or '#' name, nothing else.
            const char *q = s;
            while (q < t && (isalnum((unsigned char)*q))) q++;
            if (q < t && (*q == '.' || *q == '#')) {
                char kind = *q++;
                const char *nm = q;
                while (q < t && (isalnum((unsigned char)*q) || *q == '-' || *q == '_')) q++;
                if (q == t && q > nm) nameset_add(kind == '.' ? classes : ids, nm, (size_t)(q - nm));
            }
            s = e;
        }
    }
}

static int has_class(const char *cls, const char *name) {
    size_t n = strlen(name);
    for (const char *p = cls; (p = strstr(p, name)); p++) {
        int left = p == cls || isspace((unsigned char)p[-1]);
        int right = p[n] == 0 || isspace((unsigned char)p[n]);
        if (left && right) return 1;
    }
    return 0;
}

// Utility classes of the common CSS frameworks that hide text (Bootstrap `sr-only`,
// `visually-hidden`, `d-none`, `hidden`; WordPress `screen-reader-text`): the page's
// stylesheet is often external, and these names mean one thing everywhere.
static const char *const HIDING_CLASSES[] = {
    "hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "d-none",
    "is-hidden", "u-hidden", "hide", "element-invisible", "offscreen", NULL};

// ---------------------------------------------------------------- per-element facts

enum { R_NONE = 0, R_TAG, R_HIDDEN, R_OUTSIDE, R_UNLIKELY, R_LINKS, R_LIST, R_SHORT_BOX,
       R_LINK_LINE, R_HEADING_LINK, R_NEGATIVE, R_MEDIA_BOX, R_FORM_BOX };
static const char *const RULE_NAMES[] = {
    "", "tag", "hidden", "outside-article", "furniture-class", "link-dense", "link-list",
    "short-box", "link-line", "link-heading", "negative-class", "media-box", "form-box"};

typedef struct {
    xmlNodePtr node;
    int parent, tag, flags;
    unsigned char dropped;   // R_TAG or R_HIDDEN on this element (its subtree goes with it)
    unsigned char removed;   // cleaning rule that removed it from the article
    unsigned char unlikely;  // class/id says furniture
    unsigned char in_sel;    // inside the selected article
    unsigned char has_sel;   // an ancestor of something selected
    int weight;              // class/id weight
    int text, link, commas;  // visible text characters under it, of which in links; commas
    int own, own_link, own_commas; // text whose nearest block is this element
    int paras, imgs, lis, inputs, embeds, heads;
    double score; int scored;
    char *cls;               // lower-cased "class id" (allocated), or "" when it has neither
    // Inherited from the parent in one pre-order pass each, so no walk climbs the tree per
    // element (deep nesting stays linear):
    int blk;                 // nearest block or container, itself included (-1: none)
    unsigned char in_a;      // inside a link
    unsigned char unl_anc;   // it or an ancestor has furniture words
    unsigned char under_sel; // it or an ancestor is selected
    unsigned char removed_anc; // it or an ancestor was removed by cleaning
    unsigned char emit_ok;   // under the selection or the headline
    signed char own_role, role_inh; // role of its own, and the one in force (-1: none)
} ninfo;

typedef struct {
    ninfo *n; int count, cap;
    nameset_t hidden_classes, hidden_ids;
    buf_t css, ld;
    const char *title;   // the page's <title>, for finding its headline
    char *og_title;      // its Open Graph title (meta property="og:title"), or NULL
    int title_h1;        // the <h1> that the title names, or -1
    char *ld_body;       // folded JSON-LD articleBody, or NULL
} page_t;

static int node_index(xmlNodePtr x) { return x ? (int)(intptr_t)x->_private - 1 : -1; }

static int is_hidden_el(page_t *pg, xmlNodePtr node, const char *rawcls, const char *rawid) {
    if (xmlHasProp(node, (const xmlChar *)"hidden")) return 1;
    xmlChar *aria = xmlGetProp(node, (const xmlChar *)"aria-hidden");
    if (aria) { int h = strcasecmp((const char *)aria, "true") == 0; xmlFree(aria); if (h) return 1; }
    xmlChar *style = xmlGetProp(node, (const xmlChar *)"style");
    if (style) {
        char sq[1024]; squash((const char *)style, strlen((const char *)style), sq, sizeof sq); xmlFree(style);
        if (hides(sq)) return 1;
    }
    if (rawcls[0]) {
        for (int i = 0; HIDING_CLASSES[i]; i++) if (has_class(rawcls, HIDING_CLASSES[i])) return 1;
        for (int i = 0; i < pg->hidden_classes.n; i++) if (has_class(rawcls, pg->hidden_classes.names[i])) return 1;
    }
    if (rawid[0]) for (int i = 0; i < pg->hidden_ids.n; i++) if (strcmp(rawid, pg->hidden_ids.names[i]) == 0) return 1;
    return 0;
}

static void attr_lower(xmlNodePtr node, const char *attr, char *out, size_t cap, int lower) {
    out[0] = 0;
    xmlChar *v = xmlGetProp(node, (const xmlChar *)attr);
    if (!v) return;
    size_t n = 0;
    for (const char *s = (const char *)v; *s && n + 1 < cap; s++) out[n++] = lower ? (char)tolower((unsigned char)*s) : *s;
    out[n] = 0;
    xmlFree(v);
}

// ---------------------------------------------------------------- walking

// Next node in pre-order; `descend` says whether to enter `node`'s children. Stays under `root`.
static xmlNodePtr next_node(xmlNodePtr node, xmlNodePtr root, int descend) {
    if (descend && node->children) return node->children;
    while (node && node != root && !node->next) node = node->parent;
    if (!node || node == root) return NULL;
    return node->next;
}

static int chars_of(const char *s, int *commas) {
    int n = 0, ws = 1;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f') { ws = 1; continue; }
        if ((*c & 0xC0) == 0x80) continue;
        if (ws && n) n++;  // one space between words
        ws = 0;
        n++;
        if (*c == ',') (*commas)++;
    }
    return n;
}

// Tags whose content is never reader text (code, metadata, graphics): not worth recording.
static int is_code(const xmlChar *nm) {
    static const char *const CODE[] = {"script", "style", "noscript", "template", "head", "svg", "canvas",
                                       "iframe", "object", "embed", "select", "option", "textarea", "input", NULL};
    for (int i = 0; CODE[i]; i++) if (is_tag(nm, CODE[i])) return 1;
    return 0;
}

// Phase 1: style sheets, title, JSON-LD.
// Also counts what the page holds: characters of text outside code (`seen`) and <script>s.
static void collect_head(page_t *pg, xmlNodePtr root, char **title, int *seen, int *scripts) {
    for (xmlNodePtr x = root; x; ) {
        if (x->type != XML_ELEMENT_NODE) {
            if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) && x->content) {
                int commas = 0;
                *seen += chars_of((const char *)x->content, &commas);
            }
            x = next_node(x, root, 1);
            continue;
        }
        if (is_tag(x->name, "script") && x->children) {
            (*scripts)++;
            xmlChar *ty = xmlGetProp(x, (const xmlChar *)"type");
            if (ty && strstr((const char *)ty, "ld+json")) {
                xmlChar *t = xmlNodeGetContent(x);
                if (t) { buf_raw(&pg->ld, (const char *)t, strlen((const char *)t)); buf_raw(&pg->ld, "\n", 1); xmlFree(t); }
            }
            if (ty) xmlFree(ty);
        }
        int code = is_code(x->name) && !is_tag(x->name, "head");
        if (is_tag(x->name, "title")) code = 1;
        // Open Graph's title names the article without the site's suffix: the better guide to
        // the headline.
        if (!pg->og_title && is_tag(x->name, "meta")) {
            xmlChar *prop = xmlGetProp(x, (const xmlChar *)"property");
            if (prop && strcasecmp((const char *)prop, "og:title") == 0) {
                xmlChar *c = xmlGetProp(x, (const xmlChar *)"content");
                if (c) { pg->og_title = strdup((const char *)c); xmlFree(c); }
            }
            if (prop) xmlFree(prop);
        }
        if (title && !*title && is_tag(x->name, "title")) {
            xmlChar *t = xmlNodeGetContent(x);
            if (t) { *title = strdup((const char *)t); xmlFree(t); }
        } else if (is_tag(x->name, "style")) {
            xmlChar *t = xmlNodeGetContent(x);
            if (t) { buf_raw(&pg->css, (const char *)t, strlen((const char *)t)); buf_raw(&pg->css, "\n", 1); xmlFree(t); }
        }
        x = next_node(x, root, !code);
    }
    if (pg->css.n && buf_reserve(&pg->css, 1)) {
        pg->css.p[pg->css.n] = 0;
        css_collect(pg->css.p, &pg->hidden_classes, &pg->hidden_ids);
    }
}

// Text folded for matching: ASCII letters lower-cased, every run of white space, punctuation
// or markup-ish bytes dropped, other bytes (non-ASCII letters) kept. Appends to `b`.
static void fold_into(buf_t *b, const char *s, size_t n) {
    for (size_t i = 0; i < n && s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && !isalnum(c)) continue;
        if (!buf_reserve(b, 1)) return;
        b->p[b->n++] = (char)(c < 0x80 ? tolower(c) : c);
    }
}

// The schema.org `articleBody` of the page's JSON-LD, decoded from its JSON string and folded
// (see fold_into); NULL when there is none or it is under 200 bytes (a teaser, not the text).
static char *ld_article_body(const buf_t *ld) {
    if (!ld->n) return NULL;
    const char *p = ld->p;
    const char *k = NULL;
    for (const char *q = p; (q = strstr(q, "\"articleBody\"")); q++) { k = q; break; }
    if (!k) return NULL;
    k += 13;
    while (*k == ' ' || *k == '\t' || *k == '\n' || *k == '\r') k++;
    if (*k++ != ':') return NULL;
    while (*k == ' ' || *k == '\t' || *k == '\n' || *k == '\r') k++;
    if (*k++ != '"') return NULL;
    buf_t raw = {0}, out = {0};
    for (; *k && *k != '"'; k++) {
        if (*k != '\\') { buf_raw(&raw, k, 1); continue; }
        k++;
        if (!*k) break;
        if (*k == 'u') {
            unsigned v = 0; int ok = 1;
            for (int j = 1; j <= 4; j++) {
                char h = k[j];
                if (!isxdigit((unsigned char)h)) { ok = 0; break; }
                v = v * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
            }
            if (!ok) continue;
            k += 4;
            // A surrogate half has no UTF-8 of its own; letters outside the BMP are rare in
            // articles and only weaken the match, so they are skipped.
            if (v >= 0xD800 && v < 0xE000) continue;
            char u[3]; size_t un;
            if (v < 0x80) { u[0] = (char)v; un = 1; }
            else if (v < 0x800) { u[0] = (char)(0xC0 | (v >> 6)); u[1] = (char)(0x80 | (v & 0x3F)); un = 2; }
            else { u[0] = (char)(0xE0 | (v >> 12)); u[1] = (char)(0x80 | ((v >> 6) & 0x3F)); u[2] = (char)(0x80 | (v & 0x3F)); un = 3; }
            buf_raw(&raw, u, un);
        } else {
            char c = *k == 'n' || *k == 't' || *k == 'r' ? ' ' : *k;
            buf_raw(&raw, &c, 1);
        }
    }
    if (raw.n) fold_into(&out, raw.p, raw.n);
    free(raw.p);
    if (out.n < 200 || !buf_reserve(&out, 1)) { free(out.p); return NULL; }
    out.p[out.n] = 0;
    return out.p;
}

// Whether a paragraph's opening (its first 48 folded bytes) is in the JSON-LD article body.
static int in_ld_body(const char *body, xmlNodePtr n) {
    // The opening is read with a bounded walk (64 nodes), never the whole subtree: nested
    // blocks would make that quadratic.
    buf_t f = {0};
    int nodes = 0;
    for (xmlNodePtr x = n; x && f.n < 64 && nodes < 64; x = next_node(x, n, !is_code(x->name) || x->type != XML_ELEMENT_NODE), nodes++)
        if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) && x->content)
            fold_into(&f, (const char *)x->content, strlen((const char *)x->content));
    int r = 0;
    if (f.n >= 20 && buf_reserve(&f, 1)) {
        size_t cut = f.n < 48 ? f.n : 48;
        while (cut < f.n && ((unsigned char)f.p[cut] & 0xC0) == 0x80) cut++;  // whole characters
        f.p[cut] = 0;
        r = strstr(body, f.p) != NULL;
    }
    free(f.p);
    return r;
}

// Phase 2: one ninfo per element, in pre-order (a parent's index is below its children's).
static int index_elements(page_t *pg, xmlNodePtr root) {
    for (xmlNodePtr x = root; x; ) {
        int descend = 1;
        if (x->type == XML_ELEMENT_NODE) {
            if (pg->count == pg->cap) {
                int nc = pg->cap ? pg->cap * 2 : 1024;
                ninfo *np = (ninfo *)realloc(pg->n, (size_t)nc * sizeof *np);
                if (!np) return 0;
                pg->n = np; pg->cap = nc;
            }
            int i = pg->count++;
            ninfo *e = &pg->n[i];
            memset(e, 0, sizeof *e);
            e->node = x;
            x->_private = (void *)(intptr_t)(i + 1);
            e->parent = x->parent && x->parent->type == XML_ELEMENT_NODE ? node_index(x->parent) : -1;
            e->flags = tag_flags(x->name, &e->tag);
            char rawcls[256], rawid[128];
            attr_lower(x, "class", rawcls, sizeof rawcls, 0);
            attr_lower(x, "id", rawid, sizeof rawid, 0);
            e->cls = (char *)"";
            if (rawcls[0] || rawid[0]) {
                // Most elements have neither; only those that do hold a copy.
                size_t n = strlen(rawcls) + strlen(rawid) + 2;
                char *c = (char *)malloc(n);
                if (!c) return 0;
                snprintf(c, n, "%s %s", rawcls, rawid);
                for (char *q = c; *q; q++) *q = (char)tolower((unsigned char)*q);
                e->cls = c;
            }
            const ninfo *par = e->parent >= 0 ? &pg->n[e->parent] : NULL;
            if (e->flags & F_DROP) {
                e->dropped = R_TAG;
                // A pull quote set in an <aside> inside the text is part of the article.
                if (is_tag(x->name, "aside") && strstr(e->cls, "quote")) { e->dropped = 0; e->flags &= ~F_DROP; }
            }
            if (!e->dropped && is_hidden_el(pg, x, rawcls, rawid)) e->dropped = R_HIDDEN;
            if (!e->dropped && par && par->dropped) e->dropped = par->dropped;  // inherited, not top-most
            if (!is_tag(x->name, "body") && !is_tag(x->name, "html") && e->cls[0]) {
                if (has_any(e->cls, POSITIVE)) e->weight += 25;
                if (has_any(e->cls, NEGATIVE)) e->weight -= 25;
                e->unlikely = unlikely_words(e->cls) && !has_any(e->cls, MAYBE);
            }
            e->blk = e->flags & (F_BLOCK | F_CONTAINER) ? i : par ? par->blk : -1;
            e->in_a = (e->flags & F_LINK) || (par && par->in_a);
            e->unl_anc = e->unlikely || (par && par->unl_anc);
            if (e->dropped) descend = 0;  // children need no facts of their own
        }
        x = next_node(x, root, descend);
    }
    return 1;
}

// Text sizes bottom-up. Text under a dropped element counts nowhere.
static void measure(page_t *pg, xmlNodePtr root, int *seen) {
    for (xmlNodePtr x = root; x; ) {
        int descend = 1;
        if (x->type == XML_ELEMENT_NODE) {
            int i = node_index(x);
            if (i < 0 || pg->n[i].dropped) descend = 0;
        } else if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) && x->content) {
            int p = node_index(x->parent);
            if (p >= 0 && !pg->n[p].dropped) {
                int commas = 0, n = chars_of((const char *)x->content, &commas);
                if (n) {
                    int b = pg->n[p].blk, l = pg->n[p].in_a;
                    pg->n[p].text += n; pg->n[p].commas += commas;
                    if (l) pg->n[p].link += n;
                    if (b >= 0) { pg->n[b].own += n; pg->n[b].own_commas += commas; if (l) pg->n[b].own_link += n; }
                    *seen += n;
                }
            }
        }
        x = next_node(x, root, descend);
    }
    for (int i = pg->count - 1; i >= 0; i--) {
        ninfo *e = &pg->n[i];
        if (e->dropped) {
            if (e->flags & F_INPUT && e->parent >= 0) pg->n[e->parent].inputs++;
            if (e->flags & F_MEDIA && e->parent >= 0) pg->n[e->parent].embeds++;
            continue;
        }
        if (e->tag >= 0) {
            const char *t = TAGS[e->tag].name;
            if (strcmp(t, "p") == 0 && e->text > 0) e->paras++;
            else if (strcmp(t, "img") == 0 || strcmp(t, "picture") == 0) e->imgs++;
            else if (strcmp(t, "li") == 0) e->lis++;
            if (e->flags & F_HEADING) e->heads++;
        }
        if (e->parent < 0) continue;
        ninfo *p = &pg->n[e->parent];
        p->text += e->text; p->link += e->link; p->commas += e->commas;
        p->paras += e->paras; p->imgs += e->imgs; p->lis += e->lis; p->inputs += e->inputs;
        p->embeds += e->embeds; p->heads += e->heads;
    }
}

static double link_density(const ninfo *e) { return e->text ? (double)e->link / e->text : 0; }

// Whether element `i` lies under element `anc` (indices are pre-order: a subtree is a range).
static int is_under_index(page_t *pg, int i, int anc) {
    for (int k = 0; i >= 0 && i >= anc && k < 400; i = pg->n[i].parent, k++) if (i == anc) return 1;
    return 0;
}

static int excluded(page_t *pg, int i, int use_unlikely) {
    return pg->n[i].dropped || (use_unlikely && pg->n[i].unl_anc);
}

static double base_score(page_t *pg, int i) {
    const ninfo *e = &pg->n[i];
    // A positive class word on a small box (a teaser card's "card-article") is worth less: full
    // weight from 500 characters of text (about one long paragraph) up.
    double s = e->weight > 0 && e->text < 500 ? e->weight * e->text / 500.0 : e->weight;
    if (e->tag >= 0) {
        const char *t = TAGS[e->tag].name;
        if (!strcmp(t, "div") || !strcmp(t, "article") || !strcmp(t, "main") || !strcmp(t, "section")) s += 5;
        else if (!strcmp(t, "pre") || !strcmp(t, "td") || !strcmp(t, "blockquote")) s += 3;
        else if (e->flags & F_LIST || !strcmp(t, "li") || !strcmp(t, "form") || !strcmp(t, "dd") || !strcmp(t, "dt")) s -= 3;
        else if (e->flags & F_HEADING || !strcmp(t, "th")) s -= 5;
        if (!strcmp(t, "article")) s += 10;  // the page says this is the article
    }
    xmlChar *ip = xmlGetProp(e->node, (const xmlChar *)"itemprop");
    if (ip) { if (strstr((const char *)ip, "articleBody")) s += 30; xmlFree(ip); }
    return s;
}

// Phase 3: paragraph scores into ancestors; returns the best container or -1.
static int pick(page_t *pg, int use_unlikely) {
    for (int i = 0; i < pg->count; i++) { pg->n[i].score = 0; pg->n[i].scored = 0; }
    for (int i = 0; i < pg->count; i++) {
        ninfo *e = &pg->n[i];
        if (e->own < 25 || (e->flags & F_HEADING)) continue;
        if (!(e->flags & (F_PARA | F_CONTAINER)) && !(e->tag >= 0 && !strcmp(TAGS[e->tag].name, "li") && e->own >= 100)) continue;
        if (excluded(pg, i, use_unlikely)) continue;
        double ld = e->own ? (double)e->own_link / e->own : 0;
        double c = (1 + e->own_commas + (e->own / 100 < 3 ? e->own / 100 : 3)) * (1 - ld);
        // A paragraph the page's own schema.org data names as article text counts double.
        if (pg->ld_body && in_ld_body(pg->ld_body, e->node)) c *= 2;
        // Text loose in a container (runs between <br>s) is a paragraph of that container, as
        // if wrapped in <p>; under 80 characters it is a label (a date, a byline), not text.
        int a = e->parent;
        if ((e->flags & F_CONTAINER) && !(e->flags & F_PARA)) {
            if (e->own < 80) continue;
            a = i;
        }
        // Readability's shares: the paragraph's container gets it all, the next one half, then
        // a third, a sixth, … up to five levels.
        int passed_article = a != i && is_tag(e->node->name, "article");
        for (int level = 0; a >= 0 && level < 5; level++, a = pg->n[a].parent) {
            ninfo *an = &pg->n[a];
            // An <article> is a whole composition: its paragraphs do not vote for the box
            // that holds several of them (a feed, a list of teaser cards).
            if (passed_article) break;
            if (is_tag(an->node->name, "article")) passed_article = 1;
            if (!an->scored) { an->scored = 1; an->score = base_score(pg, a); }
            an->score += c / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }
    // The <article> that holds the page's headline is the page's article (25: one class word).
    for (int a = pg->title_h1; a >= 0; a = pg->n[a].parent)
        if (is_tag(pg->n[a].node->name, "article")) { if (pg->n[a].scored) pg->n[a].score += 25; break; }
    int best = -1; double bs = 0;
    for (int i = 0; i < pg->count; i++) {
        ninfo *e = &pg->n[i];
        if (!e->scored) continue;
        if (is_tag(e->node->name, "body") || is_tag(e->node->name, "html")) continue;
        e->score *= 1 - link_density(e);
        if (best < 0 || e->score > bs) { best = i; bs = e->score; }
    }
    if (best < 0) return -1;
    // Climb while the parent holds a comparable score (the article split into several boxes).
    double last = bs, threshold = bs / 3;
    for (int a = pg->n[best].parent; a >= 0; a = pg->n[a].parent) {
        if (is_tag(pg->n[a].node->name, "body")) break;
        if (!pg->n[a].scored) continue;
        if (pg->n[a].score < threshold) break;
        if (pg->n[a].score > last) { best = a; break; }
        last = pg->n[a].score;
    }
    // An only child says nothing on its own: take its parent.
    for (;;) {
        int p = pg->n[best].parent;
        if (p < 0 || is_tag(pg->n[p].node->name, "body")) break;
        int kids = 0;
        for (xmlNodePtr c = pg->n[p].node->children; c; c = c->next) if (c->type == XML_ELEMENT_NODE) kids++;
        if (kids != 1) break;
        best = p;
    }
    return best;
}

static void mark_selected(page_t *pg, int i) {
    pg->n[i].in_sel = 1;
    for (int a = pg->n[i].parent; a >= 0 && !pg->n[a].has_sel; a = pg->n[a].parent) pg->n[a].has_sel = 1;
}

static int same_class(const char *a, const char *b) {
    // Compare the class part (before the space that separates it from the id).
    const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
    size_t la = sa ? (size_t)(sa - a) : strlen(a), lb = sb ? (size_t)(sb - b) : strlen(b);
    return la > 0 && la == lb && strncmp(a, b, la) == 0;
}

static int has_sentence_end(xmlNodePtr n) {
    xmlChar *t = xmlNodeGetContent(n);
    if (!t) return 0;
    int r = strstr((const char *)t, ". ") != NULL;
    size_t l = strlen((const char *)t);
    while (l > 0 && isspace((unsigned char)t[l - 1])) l--;
    if (l > 0 && t[l - 1] == '.') r = 1;
    xmlFree(t);
    return r;
}

// Phase 3b: the best container and the siblings that belong with it.
static void select_siblings(page_t *pg, int best) {
    int parent = pg->n[best].parent;
    if (parent < 0) { mark_selected(pg, best); return; }
    double top = pg->n[best].score;
    double threshold = top * 0.2 > 10 ? top * 0.2 : 10;
    // When the page's schema.org articleBody names the winner's text, a sibling whose opening
    // it does not hold is another story, whatever its score.
    int ld_guides = pg->ld_body && in_ld_body(pg->ld_body, pg->n[best].node);
    for (xmlNodePtr c = pg->n[parent].node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        int i = node_index(c);
        if (i < 0) continue;
        ninfo *e = &pg->n[i];
        if (i == best) { mark_selected(pg, i); continue; }
        if (e->dropped || e->unlikely) continue;
        // An <article> is a composition of its own (HTML's meaning): a sibling <article> of
        // the chosen one is another story (a teaser card, the next post).
        if (is_tag(c->name, "article") && is_tag(pg->n[best].node->name, "article")) continue;
        if (ld_guides && e->text >= 20 && !in_ld_body(pg->ld_body, c)) continue;
        double bonus = same_class(e->cls, pg->n[best].cls) ? top * 0.2 : 0;
        if (e->scored && e->score + bonus >= threshold) { mark_selected(pg, i); continue; }
        if (e->flags & (F_PARA | F_HEADING) || (e->flags & F_CONTAINER && !e->scored)) {
            double ld = link_density(e);
            if (e->flags & F_HEADING) continue;  // a heading beside the article is not its text
            if (e->text > 80 && ld < 0.25) mark_selected(pg, i);
            else if (e->text > 0 && e->text <= 80 && ld == 0 && has_sentence_end(c)) mark_selected(pg, i);
        }
    }
}

// Phase 4: cleaning inside the selection. Returns the rule that removes element `i`, or 0.
static int clean_rule(page_t *pg, int i, int sel_text) {
    ninfo *e = &pg->n[i];
    // A furniture box is dropped unless it holds most of the article (then the word misleads).
    if (e->unlikely && e->text * 2 < sel_text) return R_UNLIKELY;
    if (e->text == 0) return 0;
    const char *t = e->tag >= 0 ? TAGS[e->tag].name : "";
    double ld = link_density(e);
    if (e->flags & F_HEADING) {
        if (e->weight < 0) return R_NEGATIVE;
        if (ld > 0.5 && e->text < 200 && is_tag(e->node->name, "h1") == 0) return R_HEADING_LINK;
        return 0;
    }
    int box = (e->flags & (F_CONTAINER | F_LIST)) && strcmp(t, "article") && strcmp(t, "main");
    if (box) {
        if (e->commas >= 10 && ld < 0.5) return 0;
        int is_list = (e->flags & F_LIST) != 0;
        if (e->weight < 0 && e->text < 500) return R_NEGATIVE;
        if (e->inputs > 0 && e->inputs * 3 > e->paras + 1 && e->text < 400) return R_FORM_BOX;
        if (!is_list && e->lis > e->paras + 2 && ld > 0.3) return R_LIST;
        if (is_list && ld > 0.5) return R_LIST;
        if (e->weight < 25 && ld > 0.33 && e->text < 1500) return R_LINKS;
        if (e->weight >= 25 && ld > 0.5) return R_LINKS;
        if (e->embeds > 0 && e->paras == 0 && e->text < 75) return R_MEDIA_BOX;
        return 0;
    }
    // A line that is all link: "READ MORE: …", a teaser, a tag.
    if (e->flags & (F_PARA | F_BLOCK) && e->own > 0 && (double)e->own_link / e->own > 0.8 && e->own < 200 &&
        strcmp(t, "figcaption")) return R_LINK_LINE;
    return 0;
}

// ---------------------------------------------------------------- roles

static int role_of(page_t *pg, int i) {
    ninfo *e = &pg->n[i];
    const xmlChar *nm = e->node->name;
    if (is_tag(nm, "h1")) return CHTML_ROLE_HEADLINE;
    if (e->flags & F_HEADING) return CHTML_ROLE_HEADING;
    if (is_tag(nm, "figcaption") || is_tag(nm, "caption")) return CHTML_ROLE_CAPTION;
    if (is_tag(nm, "time")) return CHTML_ROLE_DATELINE;
    char ip[64], rel[32];
    attr_lower(e->node, "itemprop", ip, sizeof ip, 1);
    attr_lower(e->node, "rel", rel, sizeof rel, 1);
    if (e->text > 300 && !(e->flags & F_HEADING)) return -1;
    if (strstr(ip, "author") || strstr(rel, "author")) return CHTML_ROLE_BYLINE;
    if (strstr(ip, "datepublished") || strstr(ip, "datemodified")) return CHTML_ROLE_DATELINE;
    if (strstr(ip, "headline")) return CHTML_ROLE_HEADLINE;
    if (strstr(ip, "description") || strstr(ip, "alternativeheadline")) return CHTML_ROLE_DECK;
    const char *c = e->cls;
    if (e->text > 600) return -1;  // a role word on a big box (a wrapper) says nothing
    if (strstr(c, "pullquote") || strstr(c, "pull-quote") || (is_tag(nm, "aside") && strstr(c, "quote"))) return CHTML_ROLE_PULLQUOTE;
    if (strstr(c, "caption") || strstr(c, "credit")) return CHTML_ROLE_CAPTION;
    if (strstr(c, "byline") || strstr(c, "author")) return CHTML_ROLE_BYLINE;
    if (strstr(c, "dateline") || strstr(c, "timestamp") || strstr(c, "publish") || strstr(c, "posted-on") || strstr(c, "date")) return CHTML_ROLE_DATELINE;
    if (strstr(c, "standfirst") || strstr(c, "dek") || strstr(c, "subtitle") || strstr(c, "subhead")) return CHTML_ROLE_DECK;
    return -1;
}

// ---------------------------------------------------------------- emitting

typedef struct {
    buf_t text, hidden, dropped;
    chtml_block *blocks; int nblocks, capblocks;
    int cur_role; size_t block_start; int block_open;
} out_t;

static void close_block(out_t *o) {
    if (!o->block_open) return;
    o->block_open = 0;
    if (o->text.n <= o->block_start) return;
    if (o->nblocks == o->capblocks) {
        int nc = o->capblocks ? o->capblocks * 2 : 64;
        chtml_block *np = (chtml_block *)realloc(o->blocks, (size_t)nc * sizeof *np);
        if (!np) { o->text.oom = 1; return; }
        o->blocks = np; o->capblocks = nc;
    }
    o->blocks[o->nblocks++] = (chtml_block){(int32_t)o->block_start, (int32_t)o->text.n, o->cur_role};
}

static void out_break(out_t *o) { close_block(o); buf_break(&o->text); }

static void out_text(out_t *o, const char *s, int role) {
    size_t before = o->text.n;
    if (o->block_open && role != o->cur_role) { close_block(o); buf_break(&o->text); }
    buf_text(&o->text, s);
    if (o->text.n == before) return;
    if (!o->block_open) {
        // The block starts at its first visible byte (after the "\n\n" or space just written).
        size_t st = before;
        while (st < o->text.n && (o->text.p[st] == '\n' || o->text.p[st] == ' ')) st++;
        o->block_start = st; o->block_open = 1; o->cur_role = role;
    }
}

// Text under `root` as one string (white space collapsed), skipping code and dropped tags.
static void record_dropped(page_t *pg, out_t *o, int i, int rule);

// With `o`, an element hidden from readers inside the article (in a box cleaning removed, say)
// is recorded as hidden text of its own instead: hidden text is always reported.
static void plain_text(page_t *pg, xmlNodePtr root, buf_t *b, out_t *o) {
    for (xmlNodePtr x = root; x; ) {
        int descend = 1;
        if (x->type == XML_ELEMENT_NODE && x != root) {
            int i = node_index(x);
            if (is_code(x->name)) descend = 0;
            if (o && i >= 0 && pg->n[i].dropped == R_HIDDEN && pg->n[i].under_sel &&
                (pg->n[i].parent < 0 || !pg->n[pg->n[i].parent].dropped)) {
                record_dropped(pg, o, i, R_HIDDEN);
                descend = 0;
            }
            if (i >= 0 && pg->n[i].flags & F_BLOCK) b->pending_space = 1;
        } else if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) && x->content) {
            buf_text(b, (const char *)x->content);
        }
        x = next_node(x, root, descend);
    }
}

static void record_dropped(page_t *pg, out_t *o, int i, int rule) {
    if (rule == R_TAG && is_code(pg->n[i].node->name)) return;
    buf_t t = {0};
    plain_text(pg, pg->n[i].node, &t, rule == R_HIDDEN ? NULL : o);
    if (t.n) {
        if (rule == R_TAG) {
            const char *nm = (const char *)pg->n[i].node->name;
            buf_raw(&o->dropped, nm, strlen(nm)); buf_raw(&o->dropped, "-element", 8);
        } else {
            buf_raw(&o->dropped, RULE_NAMES[rule], strlen(RULE_NAMES[rule]));
        }
        buf_raw(&o->dropped, "\x1F", 1);
        buf_raw(&o->dropped, t.p, t.n);
        buf_raw(&o->dropped, "\x1E", 1);
        if (rule == R_HIDDEN && pg->n[i].under_sel) {
            buf_break(&o->hidden);
            if (buf_reserve(&t, 1)) { t.p[t.n] = 0; buf_text(&o->hidden, t.p); }
        }
    }
    free(t.p);
}

// Phase 5: the whole body in page order; kept text goes to the output, the rest to the record.
static void emit(page_t *pg, out_t *o, xmlNodePtr root, int headline) {
    for (xmlNodePtr x = root; x; ) {
        int descend = 1;
        if (x->type == XML_ELEMENT_NODE) {
            int i = node_index(x);
            if (i < 0) { x = next_node(x, root, 0); continue; }
            ninfo *e = &pg->n[i];
            const ninfo *par = e->parent >= 0 ? &pg->n[e->parent] : NULL;
            e->emit_ok = e->in_sel || i == headline || (par && par->emit_ok);
            // A box cleaning removed that holds the headline is entered for the headline only:
            // the rest of it is dropped under the box's rule.
            if (par && par->removed && !par->emit_ok && e->has_sel && !e->removed && i != headline) e->removed = par->removed;
            if (e->removed && i != headline) e->emit_ok = 0;
            e->own_role = -1;
            e->role_inh = par ? par->role_inh : -1;
            if (e->dropped && (!par || !par->dropped)) {
                // Only a hidden element inside the article is hidden *text*; code is not text.
                record_dropped(pg, o, i, e->dropped == R_HIDDEN ? R_HIDDEN : R_TAG);
                descend = 0;
            } else if (e->dropped) {
                descend = 0;
            } else if (!e->in_sel && !e->has_sel && i != headline) {
                if (!(par && par->emit_ok)) {
                    record_dropped(pg, o, i, par && par->removed ? par->removed : R_OUTSIDE);
                    descend = 0;
                } else if (e->removed) { record_dropped(pg, o, i, e->removed); descend = 0; }
            } else if (e->removed && !e->has_sel) {
                record_dropped(pg, o, i, e->removed);
                descend = 0;
            }
            if (descend) {
                int r = i == headline ? CHTML_ROLE_HEADLINE : role_of(pg, i);
                e->own_role = (signed char)r;
                if (r >= 0) e->role_inh = (signed char)r;
                if (e->flags & F_BLOCK || r >= 0) out_break(o);
            }
        } else if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) && x->content) {
            int p = node_index(x->parent);
            // Loose text outside the selection (in the headline's parent, say) is not kept.
            if (p >= 0 && pg->n[p].emit_ok)
                out_text(o, (const char *)x->content, pg->n[p].role_inh >= 0 ? pg->n[p].role_inh : CHTML_ROLE_BODY);
        }
        // Climb: leaving a block, or an element with a role, ends its block.
        if (descend && x->type == XML_ELEMENT_NODE && x->children) { x = x->children; continue; }
        while (x && x != root && !x->next) {
            x = x->parent;
            if (x && x->type == XML_ELEMENT_NODE) {
                int i = node_index(x);
                if (i >= 0 && (pg->n[i].flags & F_BLOCK || pg->n[i].own_role >= 0)) out_break(o);
            }
        }
        if (!x || x == root) break;
        if (x->type == XML_ELEMENT_NODE) {
            int i = node_index(x);
            if (i >= 0 && (pg->n[i].flags & F_BLOCK || pg->n[i].own_role >= 0)) out_break(o);
        }
        x = x->next;
    }
    close_block(o);
}

// The headline: the first <h1> inside the article; else the <h1> the page's title names;
// else the nearest <h1> before the article outside furniture.
static int find_headline(page_t *pg, int first_sel) {
    int before = -1;
    for (int i = 0; i < pg->count; i++) {
        ninfo *e = &pg->n[i];
        if (!is_tag(e->node->name, "h1") || e->dropped || e->text == 0 || e->text > 300) continue;
        if (pg->n[i].under_sel) return i;
        if (i < first_sel && !excluded(pg, i, 1)) before = i;
    }
    if (pg->title_h1 >= 0 && !pg->n[pg->title_h1].dropped) return pg->title_h1;
    return before;
}

// Share of the words of `h` (lower-cased ASCII letters and digits; other bytes as they are)
// found in `title`, in 0…1.
static double words_in(const char *h, const char *title) {
    int words = 0, found = 0;
    char w[64];
    const unsigned char *p = (const unsigned char *)h;
    while (*p) {
        while (*p && (isspace(*p) || ispunct(*p))) p++;
        size_t n = 0;
        while (*p && !isspace(*p) && !ispunct(*p)) { if (n + 1 < sizeof w) w[n++] = (char)tolower(*p); p++; }
        if (!n) continue;
        w[n] = 0; words++;
        // case-insensitive search
        const char *t = title; size_t tl = strlen(t);
        if (tl > 512) tl = 512;  // a title, not a page: bounds the search
        for (size_t k = 0; k + n <= tl; k++) if (strncasecmp(t + k, w, n) == 0) { found++; break; }
    }
    return words ? (double)found / words : 0;
}

// The <h1> the page's <title> names (most of its words are in the title), else the only <h1>.
static int title_h1(page_t *pg) {
    int only = -1, count = 0, best = -1; double bs = 0.6;
    for (int i = 0; i < pg->count && count < 32; i++) {  // 32: a bound, pages have one or two
        ninfo *e = &pg->n[i];
        if (!is_tag(e->node->name, "h1") || e->dropped || !e->text || e->text > 300) continue;
        count++; only = i;
        if (pg->title) {
            xmlChar *t = xmlNodeGetContent(e->node);
            if (t) { double s = words_in((const char *)t, pg->title); if (s > bs) { bs = s; best = i; } xmlFree(t); }
        }
    }
    return best >= 0 ? best : count == 1 ? only : -1;
}

int32_t chtml_extract3(const char *html, int32_t len, chtml_result *r) {
    memset(r, 0, sizeof *r);
    htmlDocPtr doc = htmlReadMemory(html, len, NULL, "utf-8",
        // HUGE lifts libxml2's nesting limit (256): our walks are iterative, so deep pages are
        // read whole. HTML has no entity declarations, so no entity expansion bomb applies.
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE);
    if (!doc) return -1;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    page_t pg = {0};
    out_t o = {0};
    int ok = 1;
    if (root) {
        int seen = 0, visible = 0;
        collect_head(&pg, root, &r->title, &seen, &r->script_count);
        r->seen_text_chars = seen;
        ok = index_elements(&pg, root);
        if (ok) measure(&pg, root, &visible);
        pg.title = pg.og_title ? pg.og_title : r->title;
        pg.title_h1 = ok ? title_h1(&pg) : -1;
        if (pg.ld.n && buf_reserve(&pg.ld, 1)) { pg.ld.p[pg.ld.n] = 0; pg.ld_body = ld_article_body(&pg.ld); }
        if (ok && pg.count) {
            int best = pick(&pg, 1);
            // Readability's fallback: when the furniture words leave too little, score again
            // without them.
            if (best < 0 || pg.n[best].text < 250) {
                int again = pick(&pg, 0);
                if (again >= 0 && (best < 0 || pg.n[again].text > pg.n[best].text * 2)) best = again;
                else if (best >= 0) pick(&pg, 1);
            }
            if (best >= 0) select_siblings(&pg, best);
            else {
                // No paragraph worth a score (a short page): the body, furniture dropped.
                int body = -1;
                for (int i = 0; i < pg.count; i++) if (is_tag(pg.n[i].node->name, "body")) { body = i; break; }
                mark_selected(&pg, body >= 0 ? body : 0);
            }
            // Cleaning: every element under the selection, outermost first (pre-order), so a
            // removed box takes its contents with it.
            int first_sel = -1, sel_text = 0;
            for (int i = 0; i < pg.count; i++) {
                ninfo *e = &pg.n[i];
                const ninfo *par = e->parent >= 0 ? &pg.n[e->parent] : NULL;
                e->under_sel = e->in_sel || (par && par->under_sel);
                if (e->in_sel) { sel_text += e->text; if (first_sel < 0) first_sel = i; }
            }
            for (int i = 0; i < pg.count; i++) {
                ninfo *e = &pg.n[i];
                const ninfo *par = e->parent >= 0 ? &pg.n[e->parent] : NULL;
                if (par && par->removed_anc) { e->removed_anc = 1; continue; }
                if (e->in_sel || e->dropped || !e->under_sel) continue;
                e->removed = (unsigned char)clean_rule(&pg, i, sel_text);
                e->removed_anc = e->removed != 0;
            }
            int headline = find_headline(&pg, first_sel);
            if (headline >= 0) for (int a = pg.n[headline].parent; a >= 0; a = pg.n[a].parent) pg.n[a].has_sel = 1;
            // Between a headline outside the article and the article itself sit the deck, the
            // byline and the date: kept as lines of their own role (at most 200 elements on).
            if (headline >= 0 && first_sel > headline && !pg.n[headline].under_sel) {
                int end = first_sel < headline + 200 ? first_sel : headline + 200;
                for (int i = headline + 1; i < end; i++) {
                    ninfo *e = &pg.n[i];
                    if (e->dropped || e->unl_anc || e->text == 0 || is_under_index(&pg, i, headline)) continue;
                    int r = role_of(&pg, i);
                    if (r != CHTML_ROLE_DECK && r != CHTML_ROLE_BYLINE && r != CHTML_ROLE_DATELINE) continue;
                    int covered = 0;  // an ancestor already kept
                    for (int a = e->parent, k = 0; a >= 0 && k < 200; a = pg.n[a].parent, k++) if (pg.n[a].in_sel) { covered = 1; break; }
                    if (covered) continue;
                    mark_selected(&pg, i);
                    e->under_sel = 1;
                }
            }
            // The headline stays even where cleaning would take it (a link-heavy header box);
            // only the headline itself is kept from such a box.
            if (headline >= 0 && pg.n[headline].under_sel) pg.n[headline].removed = 0;
            emit(&pg, &o, root, headline);
        }
    }
    for (int i = 0; i < pg.count; i++) { pg.n[i].node->_private = NULL; if (pg.n[i].cls[0]) free(pg.n[i].cls); }
    xmlFreeDoc(doc);
    nameset_free(&pg.hidden_classes); nameset_free(&pg.hidden_ids);
    free(pg.css.p); free(pg.ld.p); free(pg.ld_body); free(pg.og_title); free(pg.n);
    if (!ok || o.text.oom || o.hidden.oom || o.dropped.oom || !buf_reserve(&o.text, 1)) {
        free(o.text.p); free(o.hidden.p); free(o.dropped.p); free(o.blocks); free(r->title); r->title = NULL;
        return -2;
    }
    o.text.p[o.text.n] = 0;
    r->text = o.text.p; r->text_len = (int32_t)o.text.n;
    if (o.hidden.n && buf_reserve(&o.hidden, 1)) { o.hidden.p[o.hidden.n] = 0; r->hidden = o.hidden.p; r->hidden_len = (int32_t)o.hidden.n; }
    else free(o.hidden.p);
    if (o.dropped.n && buf_reserve(&o.dropped, 1)) { o.dropped.p[o.dropped.n] = 0; r->dropped = o.dropped.p; r->dropped_len = (int32_t)o.dropped.n; }
    else free(o.dropped.p);
    r->blocks = o.blocks; r->block_count = o.nblocks;
    return 0;
}

void chtml_result_free(chtml_result *r) {
    free(r->text); free(r->title); free(r->hidden); free(r->blocks); free(r->dropped);
    memset(r, 0, sizeof *r);
}

void chtml_free(void *p) { free(p); }
