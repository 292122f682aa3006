import CXlsxWriter
import Foundation

/// The workbook's File › Info fields, with a fixed creation date so output is reproducible.
///
/// libxlsxwriter stamps its zip entries with 1980-01-01, so the only volatile byte in a file is
/// the creation date in `docProps/core.xml`; fixing it makes the same input give the same bytes.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var manager: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    public var status: String?
    /// Shown as both "Created" and "Modified"; defaults to `fixedCreationDate`, never "now".
    public var created: Date

    /// 2024-01-01T00:00:00Z: the default creation date, chosen only to be constant.
    public static let fixedCreationDate = Date(timeIntervalSince1970: 1_704_067_200)

    /// Creates properties; leave `created` at its default for byte-identical output.
    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil,
        manager: String? = nil, company: String? = nil, category: String? = nil,
        keywords: String? = nil, comments: String? = nil, status: String? = nil,
        created: Date = DocumentProperties.fixedCreationDate
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.created = created
    }

    /// Hands the properties to libxlsxwriter, which copies every string it keeps.
    func apply(to workbook: UnsafeMutablePointer<lxw_workbook>) throws {
        let bag = CStringBag()
        var properties = lxw_doc_properties()
        properties.title = bag.copy(title)
        properties.subject = bag.copy(subject)
        properties.author = bag.copy(author)
        properties.manager = bag.copy(manager)
        properties.company = bag.copy(company)
        properties.category = bag.copy(category)
        properties.keywords = bag.copy(keywords)
        properties.comments = bag.copy(comments)
        properties.status = bag.copy(status)
        // 0 would mean "now" to libxlsxwriter; clamp to one second after the epoch instead.
        properties.created = max(1, time_t(created.timeIntervalSince1970.rounded(.down)))
        let code = withExtendedLifetime(bag) { workbook_set_properties(workbook, &properties) }
        try LXW.check(code, "workbook_set_properties")
    }
}
