import Foundation
import Language

/// How a site is built.
public struct BuildOptions: Sendable {
    /// The course folder.
    public var source: String
    /// The folder the site is written to (replaced as a whole).
    public var output: String
    /// Lessons run at once.
    public var jobs: Int
    /// Reuse the results of unchanged lessons, and keep new ones.
    public var useCache: Bool
    /// Where the cache lives; nil for `.lessonrun-cache` beside the output folder.
    public var cacheFolder: String?
    public var limits: Limits
    /// Seconds one lesson may run.
    public var lessonTimeout: Double?
    /// The lessonrun version and build, part of every cache key: a different lessonrun re-runs everything.
    public var tool: String

    public init(
        source: String, output: String = "output", jobs: Int = 1, useCache: Bool = true, cacheFolder: String? = nil,
        limits: Limits = Limits(), lessonTimeout: Double? = nil, tool: String
    ) {
        self.source = source
        self.output = output
        self.jobs = jobs
        self.useCache = useCache
        self.cacheFolder = cacheFolder
        self.limits = limits
        self.lessonTimeout = lessonTimeout
        self.tool = tool
    }

    /// The cache folder in use: the one given, else `.lessonrun-cache` beside the output folder.
    var resolvedCacheFolder: String {
        if let cacheFolder { return cacheFolder }
        let parent = (output as NSString).deletingLastPathComponent
        return (parent.isEmpty ? "" : parent + "/") + ".lessonrun-cache"
    }
}
