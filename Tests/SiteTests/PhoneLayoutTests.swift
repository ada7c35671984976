import Foundation
import Notebook
import Testing

/// A lesson page laid out by Chromium 390 px wide. Headless Chromium never makes its window narrower than
/// 500 px, so the page is shown in an iframe of the phone's width; a script in a copy of the page reports back
/// what sticks out.
@Suite("A lesson page on a phone", .enabled(if: Chromium.path != nil, "needs Chromium"))
struct PhoneLayoutTests {
    static let lesson = """
        # Phone

        Inline math cannot wrap: the step is $(\\text{learning rate}) \\cdot (x_1^2 + x_2^2 + 1) = 0.1 \\cdot (1 + 1 + 1) = 0.3$ here.

        $$ L(\\beta_0, \\beta_1, \\beta_2, \\beta_3) = \\sum_{i=1}^{n} \\left( y_i - \\beta_0 - \\beta_1 x_{i1} - \\beta_2 x_{i2} - \\beta_3 x_{i3} \\right)^2 + \\lambda \\sum_{j=1}^{3} \\beta_j^2 $$

        ```swift-nn
        let averyveryverylongnameforavariable = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0]
        plot([0, 1, 2], [1, 0, 1], "o-")
        title("A figure that must shrink")
        ```

        | a very wide table | with many columns | that cannot fit | on a phone at all | so it scrolls | too |
        | --- | --- | --- | --- | --- | --- |
        | 1 | 2 | 3 | 4 | 5 | 6 |
        """

    /// Reports whether the document is wider than its viewport, and every element reaching past the viewport
    /// with no scrolling or clipping box around it.
    static let probe = """
        <script>addEventListener("load",function(){var w=innerWidth,out=[];document.querySelectorAll("body *").forEach(function(e){\
        var r=e.getBoundingClientRect();if(r.width==0||r.right<=w+0.5)return;for(var a=e.parentElement;a;a=a.parentElement){\
        var o=getComputedStyle(a).overflowX;if(o=="auto"||o=="scroll"||o=="hidden")return}out.push(e.tagName)});\
        var d=document.documentElement;parent.postMessage((d.scrollWidth<=d.clientWidth?"fits":"too wide: "+d.scrollWidth)\
        +" in "+w+"; sticking out: "+out.join(","),"*")})</script>
        """

    @Test func nothingSticksOutAt390Pixels() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("phone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = HTMLRenderer.render(Executor.execute(LessonParser.parse(Self.lesson, path: "phone.md")))
        try html.replacingOccurrences(of: "</body>", with: Self.probe + "</body>")
            .write(to: folder.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let frame = """
            <!DOCTYPE html><html><body><iframe src="page.html" style="border:0;width:390px;height:844px"></iframe>
            <script>addEventListener("message",function(m){document.body.setAttribute("data-report",m.data)})</script>
            </body></html>
            """
        try frame.write(to: folder.appendingPathComponent("frame.html"), atomically: true, encoding: .utf8)
        let dom = try Chromium.dom("file://" + folder.appendingPathComponent("frame.html").path,
                                   extra: ["--virtual-time-budget=5000"])
        #expect(dom.contains("data-report=\"fits in 390; sticking out: \""), "\(dom.prefix(400))")
    }

    @Test func codeGetsACopyButtonOnlyWhenScriptRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = HTMLRenderer.render(Executor.execute(LessonParser.parse(Self.lesson, path: "phone.md")))
        #expect(!html.contains("<button"))
        let page = folder.appendingPathComponent("page.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let dom = try Chromium.dom("file://" + page.path)
        #expect(dom.contains("<button type=\"button\" class=\"lr-copy\" aria-label=\"Copy this code\">Copy</button><pre class=\"code\">"))
    }
}
