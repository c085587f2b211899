/// The HTML report's style sheet and script, written inline into every report (the page stays
/// one self-contained file). Kept apart from the renderer so each reads as what it is.
extension HTMLReport {
    static let css = """
    :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#5b5b5b;--line:#d0d0d0;--panel:#f5f5f5;--del-bg:#ffd7d5;--del-fg:#7a0b06;--ins-bg:#d3f5d8;--ins-fg:#0b4f19;--typo:#6a6a6a;--major:#b3261e;--minor:#8a5a00;--info:#4a4a4a;--hl:#fff3b0;--identical:#c9d4e0;--edited:#e6b85c;--paraphrase:#a9c6e8;--inserted:#2e9d4a;--omitted:#d9534f;--moved:#8e6bbf;--repeat:#9a9a9a}
    @media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#e8e8e8;--muted:#a8a8a8;--line:#3a3a3a;--panel:#1f1f1f;--del-bg:#5c1d1a;--del-fg:#ffd0cc;--ins-bg:#173f22;--ins-fg:#c9f2d1;--typo:#a0a0a0;--major:#ff8a80;--minor:#f3c35c;--info:#bdbdbd;--hl:#4a4215;--identical:#3a4452;--edited:#9c7424;--paraphrase:#35577d;--inserted:#3fae5c;--omitted:#e06a66;--moved:#a688d6;--repeat:#6e6e6e}}
    *{box-sizing:border-box}body{margin:0 auto;max-width:1400px;padding:1rem 1.5rem;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
    h1{font-size:1.5rem;margin:.2rem 0 .6rem}h2{font-size:1.25rem;margin:1.2rem 0 .4rem}h3{font-size:1.1rem;margin:1rem 0 .4rem}
    table{border-collapse:collapse}th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}caption{text-align:left;color:var(--muted);font-size:.85rem}
    .path{font-family:ui-monospace,monospace;font-size:.9em;overflow-wrap:anywhere}.docs .path{overflow-wrap:normal;min-width:12ch}.scroll{overflow-x:auto;max-width:100%}.hash{font-family:ui-monospace,monospace;color:var(--muted)}
    .tabs{display:flex;gap:.3rem;flex-wrap:wrap;margin:1rem 0;border-bottom:1px solid var(--line)}.tabs button{font:inherit;background:var(--panel);color:var(--fg);border:1px solid var(--line);border-bottom:none;padding:.35rem .8rem;cursor:pointer;border-radius:6px 6px 0 0}.tabs button[aria-selected=true]{background:var(--bg);font-weight:600}
    .summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}.summary div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.3rem .7rem;min-width:7rem}.summary dt{font-size:.8rem;color:var(--muted)}.summary dd{margin:0;font-size:1.2rem;font-weight:600}
    .note{background:var(--panel);border-left:4px solid var(--minor);padding:.4rem .8rem}.unrelated{border-left-color:var(--major)}
    .minimap{margin:.6rem 0}.minimap figcaption{font-size:.8rem;color:var(--muted)}.minimap>svg{width:100%;height:26px;display:block}.legend{display:flex;flex-wrap:wrap;gap:.1rem .9rem;list-style:none;padding:0;margin:.25rem 0 0;font-size:.8rem;color:var(--muted)}.legend svg{width:.8rem;height:.8rem;vertical-align:-.1rem;margin-right:.3rem}
    rect.rel-identical,rect.rel-typographic{fill:var(--identical)}rect.rel-edited{fill:var(--edited)}rect.rel-paraphrase{fill:var(--paraphrase)}rect.rel-inserted{fill:var(--inserted)}rect.rel-omitted{fill:var(--omitted)}rect.rel-moved{fill:var(--moved)}rect.rel-repeat{fill:var(--repeat)}rect.tick{fill:var(--major)}
    .filters{border:1px solid var(--line);border-radius:6px;display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center}.filters .sep{flex-basis:100%;height:0}.filters .hint{color:var(--muted);font-size:.8rem;margin-left:auto}
    .order{color:var(--muted);font-size:.9rem;margin:.2rem 0}.finding-list{list-style:none;padding:0}.finding{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:6px;padding:.25rem .7rem;margin:.3rem 0;background:var(--bg)}.finding summary{cursor:pointer}.finding .num{font-family:ui-monospace,monospace;font-weight:700}.finding details[open] summary{margin-bottom:.3rem}.finding.sev-major{border-left-color:var(--major)}.finding.sev-minor{border-left-color:var(--minor)}.finding.current{outline:3px solid var(--hl)}.finding.failing summary::after{content:" · fails the check";color:var(--major);font-weight:600}
    .badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:700;text-transform:uppercase;border:1px solid currentColor}.badge.sev-major{color:var(--major)}.badge.sev-minor{color:var(--minor)}.badge.sev-info{color:var(--info)}.kind{font-weight:600}
    .spans{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:.8rem;margin:.4rem 0}.quote{white-space:pre-wrap;overflow-wrap:anywhere}.spans .lbl{display:block;font-size:.8rem;color:var(--muted)}.off{color:var(--muted);font-size:.8rem;font-family:ui-monospace,monospace}.why{color:var(--muted);font-size:.9rem;margin:.2rem 0 0}
    del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through}ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:none}.typo{color:var(--typo);border-bottom:1px dotted var(--typo)}
    .aligned .row{display:grid;grid-template-columns:6rem minmax(0,1fr) minmax(0,1fr) 9rem;gap:.8rem;padding:.35rem .3rem;border-bottom:1px solid var(--line);content-visibility:auto;contain-intrinsic-size:auto 3.5em}.aligned .row.head{font-weight:600;content-visibility:visible}
    .row .o,.row .c{overflow-wrap:anywhere}.row .ids,.row .rel{font-size:.8rem;color:var(--muted);font-family:ui-monospace,monospace}.row .flags{color:var(--major);font-family:system-ui,sans-serif}
    .row.rel-identical .o,.row.rel-identical .c,.row.rel-typographic .o,.row.rel-typographic .c,.row.rel-repeat .o{color:var(--muted)}
    .row.rel-paraphrase del,.row.rel-paraphrase ins{background:none;color:inherit;text-decoration:none;border-bottom:2px solid var(--paraphrase)}
    .row.rel-inserted .c{background:var(--ins-bg);color:var(--ins-fg)}.row.rel-omitted:not(.rel-repeat) .o{background:var(--del-bg);color:var(--del-fg)}.row.has-major{border-left:4px solid var(--major)}.row.has-minor{border-left:4px solid var(--minor)}
    .gap{display:block;min-height:1.2em;border:1px dashed var(--line);border-radius:4px}
    .row.hl{background:var(--hl)}:target{scroll-margin-top:4rem}
    .coll td.rel-identical,.coll td.rel-typographic{background:var(--identical)}.coll td.rel-edited{background:var(--edited)}.coll td.rel-paraphrase{background:var(--paraphrase)}.coll td.rel-omitted{background:var(--del-bg)}.coll td.rel-moved{background:var(--moved)}.coll td a{color:inherit}.coll .otext{max-width:40rem}
    a{color:inherit}code{font-size:.85em}
    @media (max-width:700px){body{padding:.5rem .6rem}.summary div{min-width:5.5rem;padding:.2rem .5rem}.spans{grid-template-columns:minmax(0,1fr)}
    .aligned .row{grid-template-columns:minmax(0,1fr);gap:.2rem}.aligned .row.head{display:none}.row .o:not(:empty)::before{content:"Original  ";font-size:.75rem;color:var(--muted)}.row .c:not(:empty)::before{content:"Copy  ";font-size:.75rem;color:var(--muted)}.filters .hint{display:none}}
    @media print{.tabs,.filters,.minimap,.goto{display:none}section[hidden]{display:block}.aligned .row{content-visibility:visible;break-inside:avoid}.finding{break-inside:avoid}body{max-width:none;font-size:11pt}}
    """

    static let script = """
    (function(){"use strict";
    var $$=function(s,r){return Array.prototype.slice.call((r||document).querySelectorAll(s));};
    function active(){var s=$$("section.copy:not([hidden])")[0];return s||document;}
    function applyFilters(sec){var kinds={},sevs={};
    $$("[data-filter-kind]",sec).forEach(function(c){kinds[c.getAttribute("data-filter-kind")]=c.checked;});
    $$("[data-filter-sev]",sec).forEach(function(c){sevs[c.getAttribute("data-filter-sev")]=c.checked;});
    $$("li.finding",sec).forEach(function(li){li.hidden=!(kinds[li.getAttribute("data-kind")]!==false&&sevs[li.getAttribute("data-sev")]!==false);});}
    $$("section.copy").forEach(function(sec){$$(".filters input",sec).forEach(function(c){c.addEventListener("change",function(){applyFilters(sec);});});});
    function show(li){$$("li.finding.current").forEach(function(x){x.classList.remove("current");});li.classList.add("current");
    var d=li.querySelector("details");if(d)d.open=true;li.focus({preventScroll:true});li.scrollIntoView({block:"center"});
    var id=li.getAttribute("data-row");var row=id&&document.getElementById(id);if(!row)return;$$(".row.hl").forEach(function(x){x.classList.remove("hl");});row.classList.add("hl");}
    $$("li.finding a.goto").forEach(function(a){a.addEventListener("click",function(){var row=document.getElementById(a.getAttribute("href").slice(1));if(!row)return;$$(".row.hl").forEach(function(x){x.classList.remove("hl");});row.classList.add("hl");});});
    document.addEventListener("keydown",function(e){if(e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target.tagName;if(t==="INPUT"||t==="TEXTAREA")return;
    if(e.key!=="n"&&e.key!=="p")return;var items=$$("li.finding",active()).filter(function(li){return !li.hidden;});if(!items.length)return;
    var cur=items.indexOf(document.querySelector("li.finding.current"));var next=e.key==="n"?Math.min(items.length-1,cur+1):Math.max(0,cur<0?0:cur-1);show(items[next]);e.preventDefault();});
    function tab(id){$$(".tabs [data-tab]").forEach(function(b){b.setAttribute("aria-selected",String(b.getAttribute("data-tab")===id));});
    $$("section.copy, section.collation").forEach(function(s){s.hidden=s.id!==id;});}
    $$(".tabs [data-tab]").forEach(function(b){b.addEventListener("click",function(){tab(b.getAttribute("data-tab"));});});
    $$("[data-copy-link]").forEach(function(a){a.addEventListener("click",function(){tab(a.getAttribute("data-copy-link"));});});
    function fits(){var d=document.documentElement;d.setAttribute("data-drift-fits",String(d.scrollWidth<=window.innerWidth));d.setAttribute("data-drift-widths",d.scrollWidth+"/"+window.innerWidth);}
    fits();window.addEventListener("resize",fits);
    document.documentElement.setAttribute("data-drift-ready","1");
    })();
    """
}
