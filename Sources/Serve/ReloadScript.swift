import Notebook

/// What serve mode adds to every HTML page it serves: a small script that reloads the page when the preview
/// publishes a newer build than the one the page came from, and a banner when the last build failed. Built
/// pages stay script-free; only the preview server injects this.
enum ReloadScript {
    /// The Server-Sent Events endpoint; no site file can take the name (hidden names are never served).
    static let eventsPath = "/.lessonrun/events"

    /// `html` with the banner after `<body>` and the script before `</body>` (or at the end).
    static func inject(into html: String, generation: Int, problem: String?) -> String {
        var page = html
        if let problem, let body = page.range(of: "<body>") {
            page.insert(contentsOf: banner(problem), at: body.upperBound)
        }
        let script = self.script(generation: generation)
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page += script
        }
        return page
    }

    /// Reloads when the server announces another generation; the server sends the current one as soon as
    /// the stream opens, so an edit made while the page was loading is not missed.
    static func script(generation: Int) -> String {
        """
        <script>(function () {
          var events = new EventSource("\(eventsPath)");
          events.onmessage = function (event) { if (event.data !== "\(generation)") { location.reload(); } };
        })();</script>

        """
    }

    /// The last build's failure, shown at the top of the page until a build succeeds.
    static func banner(_ problem: String) -> String {
        "\n<pre class=\"lessonrun-serve-error\" role=\"alert\" style=\"margin:0;padding:1em;white-space:pre-wrap;"
            + "background:#b00020;color:#fff;font:0.9em/1.4 ui-monospace,monospace\">"
            + HTMLEscape.text(problem) + "</pre>\n"
    }
}
