import Foundation
import Language
import Notebook

/// Finds a course's lessons and their order: the `lessons` list of `course.yml` when there is one, else
/// every `.md` file under the folder ordered by front matter `order`, then by path.
enum CourseLoader {
    static func load(_ folder: String) throws(SiteError) -> (course: Course, lessons: [Lesson]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SiteError(.course, "cannot read \(folder): no such folder")
        }
        let coursePath = LessonFinder.join(folder, Course.fileName)
        let (all, refused) = lessonFiles(in: folder)
        let defaultTitle = Self.title(of: folder)
        guard case .success(let courseFile) = FilePaths.regularFile(Course.fileName, in: folder),
              let data = FileManager.default.contents(atPath: courseFile)
        else {
            let lessons = try parse(all, in: folder).sorted { a, b in
                (a.frontMatter.order ?? Int.max, a.path) < (b.frontMatter.order ?? Int.max, b.path)
            }
            let relative = lessons.map { String($0.path.dropFirst(prefixLength(folder))) }
            return (Course(title: defaultTitle, description: nil, folder: folder, lessons: relative, diagnostics: refused),
                    lessons)
        }
        let text = String(decoding: data, as: UTF8.self)
        let file = CourseFile(path: coursePath, lines: text.components(separatedBy: "\n"))
        let contents = file.read(text)
        var diagnostics = refused + contents.diagnostics
        var listed: [String] = []
        for (path, line) in contents.lessons ?? all.map({ ($0, 1) }) {
            let normalized = (path as NSString).standardizingPath
            if listed.contains(normalized) {
                diagnostics.append(file.problem("\(path) is listed twice", line: line))
            } else if !all.contains(normalized) {
                diagnostics.append(file.problem("no lesson \(path) in \(folder)", line: line))
            } else {
                listed.append(normalized)
            }
        }
        for unlisted in all where !listed.contains(unlisted) {
            diagnostics.append(file.problem(
                "\(unlisted) is not in the `lessons` list, so it is not built", line: 1, severity: .warning))
        }
        let course = Course(
            title: contents.title ?? defaultTitle, description: contents.description, folder: folder, lessons: listed,
            diagnostics: diagnostics)
        return (course, try parse(listed, in: folder))
    }

    /// The `.md` files under `folder` that are regular files inside it, and a warning for each one that is not
    /// (a link to a file elsewhere on the machine would publish that file; a named pipe would block the read).
    private static func lessonFiles(in folder: String) -> ([String], [Diagnostic]) {
        var files: [String] = []
        var refused: [Diagnostic] = []
        for relative in LessonFinder.relativeMarkdownFiles(under: folder) {
            switch FilePaths.regularFile(relative, in: folder) {
            case .success: files.append(relative)
            case .failure(let refusal):
                refused.append(Diagnostic(
                    severity: .warning, message: "\(relative) is not built: \(refusal.reason)",
                    location: SourceLocation(file: LessonFinder.join(folder, relative), line: 1, column: 1), sourceLine: ""))
            }
        }
        return (files, refused)
    }

    private static func parse(_ relative: [String], in folder: String) throws(SiteError) -> [Lesson] {
        var lessons: [Lesson] = []
        for path in relative {
            do {
                lessons.append(try LessonParser.parse(contentsOf: LessonFinder.join(folder, path)))
            } catch {
                throw SiteError(.course, error.message)
            }
        }
        return lessons
    }

    private static func prefixLength(_ folder: String) -> Int {
        LessonFinder.join(folder, "x").count - 1
    }

    /// "lessons" → "Lessons": a course without a title is named after its folder.
    private static func title(of folder: String) -> String {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
