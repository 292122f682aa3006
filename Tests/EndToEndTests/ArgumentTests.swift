import Foundation
import Testing

/// Argument errors are failures to run: exit 2, said in the user's language.
struct ArgumentTests {
    @Test(arguments: [
        (["consolidate", "Samples"], "Galat: Argumen wajib belum diisi: '--out <out>'.\nLihat `probis consolidate --help`.\n"),
        (["check", "--bogus", "Samples"], "Galat: Opsi tidak dikenal: '--bogus'. Maksud Anda '--jobs'?\nLihat `probis check --help`.\n"),
        (["check", "--lang", "xx", "Samples"], "Galat: nilai 'xx' tidak sah untuk '--lang <lang>'. Pilih salah satu dari 'id' atau 'en'.\nLihat `probis check --help`.\n"),
    ])
    func argumentErrorsAreIndonesianWithExitTwo(arguments: [String], message: String) throws {
        let result = try ProbisBinary.run(arguments, environment: ["PROBIS_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"])
        #expect(result.status == 2)
        #expect(result.stderr == message)
    }

    @Test func englishArgumentErrorsWhenAskedForAndLangInAnyCase() throws {
        let result = try ProbisBinary.run(["consolidate", "Samples", "--lang", "EN"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: Missing expected argument '--out <out>'"))
        let check = try ProbisBinary.run(["check", "--lang", "En", "--summary", "Samples"])
        #expect(check.stdout.contains("Total: 5 submissions"))
    }

    @Test func theEnvironmentChoosesTheDefaultLanguage() throws {
        let english = try ProbisBinary.run(["check", "--summary", "Samples"], environment: ["PROBIS_LANG": "en"])
        #expect(english.stdout.contains("Total: 5 submissions"))
        let locale = try ProbisBinary.run(["check", "--summary", "Samples"], environment: ["PROBIS_LANG": "", "LC_ALL": "en_US.UTF-8"])
        #expect(locale.stdout.contains("Total: 5 submissions"))
        let indonesian = try ProbisBinary.run(["check", "--summary", "Samples"], environment: ["PROBIS_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "id_ID.UTF-8"])
        #expect(indonesian.stdout.contains("Jumlah: 5 kiriman"))
    }

    @Test func helpIsNotAnError() throws {
        let result = try ProbisBinary.run(["check", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }
}
