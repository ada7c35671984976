import Foundation

/// `lessonrun serve`: builds a course (or one lesson) into a temporary folder, serves it on 127.0.0.1, and
/// on every save builds again (the cache skips lessons that did not change) and makes open pages reload.
public final class Preview: Sendable {
    /// The temporary folder holding the site and its cache; removed by `stop`.
    public let folder: String
    private let builder: PreviewBuilder
    private let state = PreviewState()
    private let server: PreviewServer
    private let watching = WatchLoop()

    /// Creates the temporary folder; nothing is built or served until `start`.
    public init(_ options: PreviewOptions) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.source, isDirectory: &isDirectory) else {
            throw PreviewError("cannot read \(options.source): no such file or folder")
        }
        folder = FileManager.default.temporaryDirectory.path + "/lessonrun-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        builder = PreviewBuilder(options: options, folder: folder, isCourse: isDirectory.boolValue)
        server = try PreviewServer(files: SiteFiles(root: builder.site, home: builder.home), state: state,
                                   port: options.port)
    }

    /// Builds once, starts serving and watching, and returns the port. `report` hears of every build, the
    /// first one included, on the watching thread.
    public func start(report: @escaping @Sendable (PreviewBuild) -> Void) async throws -> UInt16 {
        // Looked at before the first build, so an edit made while it runs is the first change.
        let watcher = SourceWatcher(paths: [builder.options.source])
        let first = builder.build(changed: [])
        await state.publish(problem: first.problem)
        report(first)
        let port = try await server.start()
        watching.start(interval: builder.options.pollInterval, watcher: watcher) { [builder, state] watcher in
            let changed = watcher.changes()
            guard !changed.isEmpty else { return }
            let build = builder.build(changed: changed)
            let published = DispatchSemaphore(value: 0)
            Task {
                await state.publish(problem: build.problem)
                published.signal()
            }
            published.wait()
            report(build)
        }
        return port
    }

    /// Stops watching (waiting for a build under way) and serving, and removes the temporary folder.
    public func stop() async {
        watching.stop()
        await server.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// Why a preview cannot start.
public struct PreviewError: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
