import Foundation
import Language
import Notebook

/// Finds a course's lessons and their order: the `lessons` list of `course.yml` when there is one, else
/// every `.md` file under the folder ordered by front matter `order`, then by path (two lessons giving the
/// same `order` get a warning). A course without a title takes its README's first heading, else its folder's name.
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
            let (relative, lessons, clashes) = try ordered(all, in: folder)
            return (Course(title: defaultTitle, description: nil, folder: folder, lessons: relative,
                           diagnostics: refused + clashes),
                    lessons)
        }
        let text = String(decoding: data, as: UTF8.self)
        let file = CourseFile(path: coursePath, lines: text.components(separatedBy: "\n"))
        let contents = file.read(text)
        var diagnostics = refused + contents.diagnostics
        guard let list = contents.lessons else {
            // A course.yml without a `lessons` list names the course; the lessons keep their front-matter order.
            let (relative, lessons, clashes) = try ordered(all, in: folder)
            let course = Course(
                title: contents.title ?? defaultTitle, description: contents.description, folder: folder,
                lessons: relative, diagnostics: diagnostics + clashes, basePath: contents.basePath)
            return (course, lessons)
        }
        var listed: [String] = []
        for (path, line) in list {
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
            diagnostics: diagnostics, basePath: contents.basePath)
        return (course, try parse(listed, in: folder))
    }

    /// The lessons ordered by front matter `order`, then by path, with a warning for each `order` given twice.
    private static func ordered(_ all: [String], in folder: String) throws(SiteError)
        -> (relative: [String], lessons: [Lesson], clashes: [Diagnostic])
    {
        let lessons = try parse(all, in: folder).sorted { a, b in
            (a.frontMatter.order ?? Int.max, a.path) < (b.frontMatter.order ?? Int.max, b.path)
        }
        let relative = lessons.map { String($0.path.dropFirst(prefixLength(folder))) }
        return (relative, lessons, orderClashes(lessons, relative))
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

    /// A course without a title is named by the first heading of its README.md, else after its folder
    /// ("lessons" → "Lessons").
    static func title(of folder: String) -> String {
        if case .success(let readme) = FilePaths.regularFile("README.md", in: folder),
           let data = FileManager.default.contents(atPath: readme),
           let heading = LessonParser.firstHeading(of: String(decoding: data, as: UTF8.self)) {
            return heading
        }
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// A warning on each lesson whose front matter `order` an earlier lesson already gave, at its `order:`
    /// line: their numbers on the index then come from their file names, which the author may not mean.
    private static func orderClashes(_ lessons: [Lesson], _ relative: [String]) -> [Diagnostic] {
        var first: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (lesson, path) in zip(lessons, relative) {
            guard let order = lesson.frontMatter.order else { continue }
            guard let earlier = first[order] else {
                first[order] = path
                continue
            }
            let line = (lesson.sourceLines.firstIndex { $0.hasPrefix("order:") } ?? 0) + 1
            diagnostics.append(Diagnostic(
                severity: .warning,
                message: "`order: \(order)` is also given to \(earlier); \(earlier) comes first, by file name",
                location: SourceLocation(file: lesson.path, line: line, column: 1),
                sourceLine: lesson.sourceLines.indices.contains(line - 1) ? lesson.sourceLines[line - 1] : ""))
        }
        return diagnostics
    }
}
