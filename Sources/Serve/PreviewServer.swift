import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of a preview: serves the site folder on 127.0.0.1 only, with the reload script in every page,
/// and the event stream that drives the script.
final class PreviewServer: Sendable {
    let files: SiteFiles
    let state: PreviewState
    private let server: HTTPServer
    private let running = RunningTask()

    init(files: SiteFiles, state: PreviewState, port: UInt16) throws {
        self.files = files
        self.state = state
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
    }

    /// Starts listening and returns the port (the one asked for, or the one the system chose for port 0).
    func start() async throws -> UInt16 {
        await server.appendRoute(HTTPRoute("GET \(ReloadScript.eventsPath)")) { [state] _ in
            let events = await state.subscribe()
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: HTTPBodySequence(from: EventBytes(events: events)))
        }
        await server.appendRoute(HTTPRoute("GET *")) { [self] request in await self.page(request.path) }
        let task = Task { [server] in try await server.run() }
        await running.set(task)
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            task.cancel()
            if case .failure(let failure) = await task.result { throw failure }
            throw error
        }
        guard case .ip4(_, let port) = await server.listeningAddress else { return 0 }
        return port
    }

    /// Closes the open event streams and stops listening.
    func stop() async {
        await state.closeAll()
        await server.stop(timeout: 1)
        await running.task?.cancel()
    }

    /// The file a request names, with the reload script when it is a page; the site's 404 page otherwise.
    func page(_ path: String) async -> HTTPResponse {
        guard let file = files.file(for: path), let data = FileManager.default.contents(atPath: file) else {
            if let notFound = files.file(for: "/404.html").flatMap({ FileManager.default.contents(atPath: $0) }) {
                return await response(.notFound, notFound, path: "404.html")
            }
            return await response(.notFound, Data("not found\n".utf8), path: "404.txt")
        }
        return await response(.ok, data, path: file)
    }

    private func response(_ status: HTTPStatusCode, _ data: Data, path: String) async -> HTTPResponse {
        let type = SiteFiles.contentType(of: path)
        var body = data
        if type.hasPrefix("text/html") {
            let html = String(decoding: data, as: UTF8.self)
            body = Data(ReloadScript.inject(
                into: html, generation: await state.generation, problem: await state.problem).utf8)
        }
        return HTTPResponse(
            statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}

/// The server's run task, kept so `stop` can cancel it.
private actor RunningTask {
    private(set) var task: Task<Void, any Error>?

    func set(_ task: Task<Void, any Error>) {
        self.task = task
    }
}
