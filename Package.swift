// swift-tools-version: 6.1

import PackageDescription

let package = Package(
    name: "ZhText",
    products: [
        .library(name: "ZhText", targets: ["ZhText"]),
        .executable(name: "zhtext", targets: ["zhtext"]),
        .executable(name: "zhtext-train-entities", targets: ["zhtext-train-entities"]),
    ],
    traits: [
        .trait(name: "CommandLine", description: "The zhtext command line (needs swift-argument-parser, and GRDB.swift over the system SQLite for --format sqlite and report)."),
        .default(enabledTraits: ["CommandLine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Links the system ICU (libicu-dev); its module map names no header on purpose.
        .systemLibrary(
            name: "SystemICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // Small C wrappers over ICU whose public header uses plain C types only.
        .target(name: "CICU", dependencies: ["SystemICU"]),
        // Read-only data (lexicons) compiled into the binary with C23 `#embed`.
        .target(
            name: "ZhTextData",
            exclude: ["lexicon", "figures", "model", "indicators", "entities", "terms", "text", "facts"]
        ),
        .target(name: "ZhText", dependencies: ["CICU", "ZhTextData"]),
        .executableTarget(
            name: "zhtext",
            dependencies: [
                "ZhText",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLine"])),
                .product(name: "GRDB", package: "GRDB.swift", condition: .when(traits: ["CommandLine"])),
            ]
        ),
        // Trains the entity model from ../shared/ner-train (see NOTICE); tags JSON lines for Scripts/eval-ner.py.
        .executableTarget(name: "zhtext-train-entities", dependencies: ["ZhText"]),
        // Specs/ holds the rules' table-driven specs, read from the source tree.
        .testTarget(name: "ZhTextTests", dependencies: ["ZhText"], exclude: ["Specs"]),
        // Runs the real `zhtext` binary end to end (the dependency makes SwiftPM build it first).
        .testTarget(
            name: "ZhTextCLITests",
            dependencies: ["zhtext", "ZhText", .product(name: "GRDB", package: "GRDB.swift", condition: .when(traits: ["CommandLine"]))]
        ),
    ]
)

for target in package.targets where target.type != .system {
    guard target.name != "CICU", target.name != "ZhTextData" else { continue }
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
