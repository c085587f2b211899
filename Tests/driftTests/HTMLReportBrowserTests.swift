import Foundation
import Testing
import DriftTestSupport

/// The HTML report as a browser shows it: headless Chromium (Debian's `chromium`, which
/// `.ci/run` installs) loads each report, runs its script and dumps the DOM.
///
/// Without Chromium the suite is skipped on a developer's machine; under CI (`CI` set) it is
/// required, so a missing browser fails rather than passing silently.
enum Browser {
    static let path: String? = {
        for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] where FileManager.default.isExecutableFile(atPath: p) { return p }
        return nil
    }()
    static var available: Bool { path != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    struct Page { var dom: String; var log: String }

    /// Loads `file` and returns the DOM after scripts ran, plus the browser's console log.
    static func load(_ file: String, screenshot: String? = nil, width: Int = 1280, height: Int = 1600, extra: [String] = []) throws -> Page {
        let bin = try #require(path, "headless Chromium is required (apt-get install chromium)")
        let dir = try TempDir()
        var args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                    "--user-data-dir=\(dir.url.path)/profile", "--enable-logging=stderr", "--v=0",
                    "--virtual-time-budget=3000"]
        args.append("--window-size=\(width),\(height)")
        args += extra
        if let s = screenshot { args += ["--screenshot=\(s)", "--hide-scrollbars"] } else { args.append("--dump-dom") }
        args.append(URL(fileURLWithPath: file).absoluteString)
        let out = dir.url.appendingPathComponent("out"), err = dir.url.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = args
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return Page(dom: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                    log: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Console messages that signal a broken page: script errors and policy refusals.
    static func consoleErrors(_ log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { line in
            line.contains("CONSOLE") && (line.contains("Uncaught") || line.contains("Refused") || line.contains("Content Security Policy") || line.contains("Error"))
        }
    }
}

@Suite(.enabled(if: Browser.available, "headless Chromium not installed"))
struct HTMLReportBrowserTests {
    static let seeds = CLI.packageRoot.appendingPathComponent("Tests/DriftKitTests/Resources/seeds")
    static let original = seeds.appendingPathComponent("000_38827089d7ed5e23.txt").path

    func report(_ copy: String, _ dir: TempDir, name: String) throws -> String {
        let out = dir.url.appendingPathComponent(name).path
        let r = try CLI.run(["compare", "--format", "html", "-o", out, Self.original, copy])
        #expect(r.status == 1, "compare exits 1 for a differing copy; stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty, "-o writes the report to the file only")
        return out
    }

    @Test(arguments: [("001_1108ccf958a2eb64.txt", "name-change", "Lowe"), ("002_b574043853d4dd9c.txt", "boilerplate", "Leave a Reply")])
    func seedReportRendersFindingsAndRows(copy: String, kind: String, word: String) throws {
        let dir = try TempDir()
        let html = try report(Self.seeds.appendingPathComponent(copy).path, dir, name: "report.html")
        let page = try Browser.load(html)
        // The page's own script ran (its CSP hash matches) and nothing was refused.
        #expect(page.dom.contains("data-drift-ready=\"1\""), "the report's script did not run")
        #expect(Browser.consoleErrors(page.log).isEmpty, "console errors: \(Browser.consoleErrors(page.log))")
        // Findings panel and aligned rows are in the DOM.
        #expect(page.dom.contains("class=\"finding sev-major"), "no major finding in the findings panel")
        #expect(page.dom.contains("data-kind=\"\(kind)\""))
        #expect(page.dom.contains(word))
        let rows = page.dom.components(separatedBy: "id=\"c0-b").count - 1
        #expect(rows > 50, "aligned rows missing: \(rows)")
        // The embedded JSON report is there and parses.
        let json = try #require(page.dom.range(of: "<script type=\"application/json\" id=\"drift-report\">"))
        let rest = page.dom[json.upperBound...]
        let end = try #require(rest.range(of: "</script>"))
        let obj = try JSONSerialization.jsonObject(with: Data(rest[..<end.lowerBound].utf8)) as? [String: Any]
        #expect(obj?["schema"] as? String == "drift.report/3")
    }

    @Test func hostileCopyShowsMarkupAsTextAndRunsNothing() throws {
        let dir = try TempDir()
        let hostile = """
        US President Donald Trump is finding out that getting through to Russian President Vladimir Putin is not as easy as he might have thought.
        <script>document.documentElement.setAttribute('data-pwned','script')</script>
        Read more: <img src=x onerror="document.documentElement.setAttribute('data-pwned','img')"> and <a href="javascript:document.documentElement.setAttribute('data-pwned','link')">this link</a>.
        <!-- a comment the reader should see --> </script><script>document.documentElement.setAttribute('data-pwned','breakout')</script>
        <style>body{display:none}</style> <iframe src="https://example.invalid/"></iframe>
        The Trump administration’s attempts to reach a ceasefire agreement in Ukraine have largely stalled, despite a flurry of diplomatic activity.
        """
        let copy = try dir.file("hostile.txt", Array(hostile.utf8))
        let html = try report(copy, dir, name: "hostile.html")
        let raw = try String(contentsOfFile: html, encoding: .utf8)
        // Nothing from the input reaches the page as markup.
        #expect(!raw.contains("<script>document"))
        #expect(!raw.contains("<img src=x"))
        #expect(!raw.contains("<iframe"))
        #expect(!raw.contains("<!-- a comment"))
        let page = try Browser.load(html)
        #expect(page.dom.contains("data-drift-ready=\"1\""), "the report's script did not run")
        #expect(!page.dom.contains("data-pwned=\""), "an injected script ran")
        #expect(Browser.consoleErrors(page.log).isEmpty, "console errors: \(Browser.consoleErrors(page.log))")
        // The hostile text is shown literally.
        #expect(page.dom.contains("&lt;script&gt;document.documentElement.setAttribute('data-pwned','script')&lt;/script&gt;"))
        #expect(page.dom.contains("&lt;img src=x onerror="))
        #expect(page.dom.contains("&lt;!-- a comment the reader should see --&gt;"))
        #expect(page.dom.contains("javascript:document"))
        #expect(!page.dom.contains("<a href=\"javascript:"))
    }

    /// At phone and desktop width the page does not scroll sideways. The report's own script
    /// compares `document.documentElement.scrollWidth` with `innerWidth` in the browser and
    /// writes the answer into its DOM (`data-drift-fits`, `data-drift-widths`). Headless
    /// Chromium will not make a window narrower than 500 px, so the report is loaded
    /// unchanged in an iframe of the width wanted, and a page beside it copies the report's
    /// answer out once the report's script ran (nothing is injected into the report).
    @Test(arguments: [400, 1400])
    func noHorizontalScroll(width: Int) throws {
        let dir = try TempDir()
        _ = try report(Self.seeds.appendingPathComponent("001_1108ccf958a2eb64.txt").path, dir, name: "report.html")
        let frame = """
        <!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">
        <iframe id="r" src="report.html" style="width:\(width)px;height:1400px;border:0"></iframe>
        <script>
        var f = document.getElementById("r");
        function poll() {
          try {
            var d = f.contentDocument && f.contentDocument.documentElement;
            if (d && d.getAttribute("data-drift-ready")) {
              document.body.setAttribute("data-fits", d.getAttribute("data-drift-fits"));
              document.body.setAttribute("data-widths", d.getAttribute("data-drift-widths"));
              return;
            }
          } catch (e) { document.body.setAttribute("data-error", String(e)); return; }
          setTimeout(poll, 50);
        }
        poll();
        </script></body></html>
        """
        let harness = try dir.file("frame.html", Array(frame.utf8))
        let page = try Browser.load(harness, width: max(width, 500) + 40, extra: ["--allow-file-access-from-files"])
        #expect(!page.dom.contains("data-error="), "\(page.dom.prefix(600))")
        let widths = page.dom.range(of: #"data-widths="[0-9/]+""#, options: .regularExpression).map { String(page.dom[$0]) } ?? "?"
        #expect(widths.hasSuffix("/\(width)\""), "the report is laid out \(width) px wide: \(widths)")
        #expect(page.dom.contains("data-fits=\"true\""), "the page scrolls sideways at \(width) px (scrollWidth/innerWidth: \(widths))")
    }

    @Test func findingsAreNumberedWithSentencesLinesAndRowLinks() throws {
        let dir = try TempDir()
        let html = try report(Self.seeds.appendingPathComponent("001_1108ccf958a2eb64.txt").path, dir, name: "report.html")
        let page = try Browser.load(html)
        // A compact list: each finding is a closed <details> with its number, expanding to the sentences.
        #expect(page.dom.contains("<span class=\"num\">#1</span>"))
        let items = page.dom.components(separatedBy: "<li class=\"finding ").count - 1
        #expect(items > 20)
        #expect(page.dom.contains("id=\"c0-f\(items)\""), "numbered 1…\(items)")
        // The rename shows its sentence with the name highlighted, and line:column, not bytes.
        let kiev = try #require(page.dom.range(of: "<del>Kyiv</del> → <ins>Kiev</ins>"))
        let card = page.dom[kiev.lowerBound...].prefix(4000)
        #expect(card.contains("persuade <del>Kyiv</del> and its European allies"), "the original sentence with the name marked")
        #expect(card.range(of: #"sentence \d+, line \d+:\d+"#, options: .regularExpression) != nil)
        #expect(!page.dom.contains("class=\"off\""), "byte offsets shown to readers")
        // The InoSMI note is shown whole, not clamped.
        #expect(page.dom.contains("has been officially confirmed. — Approx. InoSMI)"))
        // Rows link back to the findings they carry; the minimap has a legend.
        #expect(page.dom.range(of: ##"<a href="#c0-f\d+" title="[^"]*">#\d+ name-change</a>"##, options: .regularExpression) != nil)
        #expect(page.dom.contains("class=\"legend\""))
    }

    /// Screenshots of the seeds report at desktop and phone width, for a person to look at:
    /// `<package>/.build/report-screenshots/000-001-{1400,400}.png`; with
    /// `DRIFT_RECORD_SCREENSHOTS=1` also written to docs/ (`report-1400.png`, `report-400.png`).
    @Test(arguments: [1400, 400])
    func screenshotOfTheSeedsReport(width: Int) throws {
        let dir = try TempDir()
        // The samples/ copies of the seeds, named relative to the package as a user would.
        let html = dir.url.appendingPathComponent("report.html").path
        let r = try CLI.run(["compare", "-o", html, "samples/cnn-putin-negotiations.original.txt", "samples/cnn-putin-negotiations.inosmi-retranslation.txt"],
                            directory: CLI.packageRoot)
        #expect(r.status == 1, "\(r.stderr)")
        let shots = CLI.packageRoot.appendingPathComponent(".build/report-screenshots", isDirectory: true)
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let png = shots.appendingPathComponent("000-001-\(width).png").path
        try? FileManager.default.removeItem(atPath: png)
        _ = try Browser.load(html, screenshot: png, width: width, height: 1400)
        let data = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(data.count > 20_000, "screenshot is suspiciously small (\(data.count) bytes)")
        #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47], "not a PNG")
        if !(ProcessInfo.processInfo.environment["DRIFT_RECORD_SCREENSHOTS"] ?? "").isEmpty {
            let doc = CLI.packageRoot.appendingPathComponent("docs/report-\(width).png")
            try? FileManager.default.removeItem(at: doc)
            try data.write(to: doc)
        }
        print("drift: report screenshot written to \(png)")
    }
}
