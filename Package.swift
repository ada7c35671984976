// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lessonrun",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lessonrun", targets: ["lessonrun"]),
        .executable(name: "lessonrun-serve", targets: ["lessonrun-serve"]),
        .library(name: "Engine", targets: ["Engine"]),
    ],
    dependencies: [
        // Exact versions, so CI builds what was tested: Package.resolved cannot be committed here (the
        // package mirror's commit ids are not GitHub's).
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        // serve's HTTP server: async/await on plain sockets, no SwiftNIO, so the first build stays short.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // The system cmark library; only Sources/Markdown/CmarkReader.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        // glibc's malloc.h, for `mallopt` (CommandSupport/AllocatorTuning.swift); the Glibc module leaves it out.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // The AVX micro-kernel of matrix products, chosen at run time (Engine/MatrixProduct.swift).
        .target(name: "CKernels"),
        .target(name: "Engine", dependencies: ["CKernels"]),
        // The one escaper for HTML, MathML, SVG and XML text; every renderer writes through it.
        .target(name: "Escaping"),
        .target(name: "Math", dependencies: ["Escaping"]),
        .target(name: "Figures", dependencies: ["Math", "Escaping"]),
        .target(name: "Language", dependencies: ["Engine", "Figures"]),
        .target(
            name: "Notebook",
            dependencies: ["Markdown", "Language", "Figures", "Math", "Escaping", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Site",
            dependencies: ["Notebook", "Language", "Markdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Serve",
            dependencies: ["Site", "Notebook", "Language", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // What both programs share: the console, the limit and serve options.
        .target(
            name: "CommandSupport",
            dependencies: ["Language", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // `lessonrun serve` replaces itself with `lessonrun-serve` from its own folder: FlyingFox links
        // FoundationNetworking and libcurl, which every run of `lessonrun` loaded before. Not a dependency of
        // `lessonrun` (SwiftPM would link the server's libraries into it); the scripts build both products.
        .executableTarget(
            name: "lessonrun",
            dependencies: [
                "Notebook", "Site", "Language", "CommandSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Swift's runtime and Foundation linked in: a run starts in 5 ms rather than 10, and calls into the
            // runtime (retain, release) skip the PLT. Only this target's own files need compiling against the
            // static resource folder, for their link entries; the other modules are shared with lessonrun-serve,
            // which stays dynamic (FoundationNetworking would need libcurl's static library).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "lessonrun-serve",
            dependencies: ["Serve", "CommandSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "EngineBench", dependencies: ["Engine"]),
        .executableTarget(name: "MathBench", dependencies: ["Math", "Markdown"]),
        // scripts/fuzz builds it with libFuzzer (-sanitize=fuzzer -DFUZZING); otherwise it replays inputs.
        .executableTarget(name: "LessonFuzz", dependencies: ["Notebook", "Language", "Markdown", "Math"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "CMalloc"]),
        // Golden SVGs are read from the source tree by path (and rewritten there on request), not bundled.
        .testTarget(name: "FiguresTests", dependencies: ["Figures"], exclude: ["Golden"]),
        .testTarget(name: "EscapingTests", dependencies: ["Escaping"]),
        .testTarget(name: "MathTests", dependencies: ["Math"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"], resources: [.copy("Cases")]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Language", "Markdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SiteTests", dependencies: ["Site"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ServeTests", dependencies: ["Serve"]),
        .testTarget(name: "lessonrunTests", dependencies: ["lessonrun", "lessonrun-serve", "CommandSupport", "LessonFuzz"]),
    ]
)
