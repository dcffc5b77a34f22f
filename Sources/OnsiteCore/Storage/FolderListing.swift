import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a folder holds, read with `readdir`: FileManager's listing cost ~10,000 instructions a name (and the
/// runtime's first look at the types it uses), at every start and for every day of a long site.
enum FolderListing {
    /// The names in a folder, `.` and `..` left out; none when it cannot be read or is not a folder.
    static func names(in folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        // The name is read where it lies. Copying `d_name` (256 bytes) would read past the end of a short last
        // entry, and past the end of readdir's buffer when that ends a page: a crash on a long site's days folder.
        // (A stored field of a C struct always has an offset.)
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(stream) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
