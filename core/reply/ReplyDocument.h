#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace foi::core {

// One block of a reply letter, in reading order. The composer decides what the letter says;
// the layout decides how each kind of block looks. Text is always plain text, never markup.
struct ReplyBlock
{
    enum class Kind {
        SenderAddress,    // the authority's name and address, top right
        RecipientAddress, // the requester's name and address, top left
        Date,
        Reference,
        Salutation,
        Heading,    // a section of the letter: "Your request", "Our decision"
        Subheading, // within a section: "Section 31(3) - Law enforcement"
        Paragraph,  // with a label, the label leads in bold ("Likelihood: ...")
        Caption,    // a short bold lead-in to what follows ("The balance:")
        Question,   // the request restated: number + the requester's words
        Answer,     // our answer to the question just above
        List,       // factors, activities: one item per entry
        Signature,
    };

    Kind kind = Kind::Paragraph;
    QString text;      // for a Question, the requester's words
    QString label;     // a Question's number ("1"), a List's caption
    QStringList items; // address lines, list entries

    bool operator==(const ReplyBlock &) const = default;
};

// A reply letter as structured data: what the PDF, the ODT copy and the preview all show.
struct ReplyDocument
{
    QString title;      // "Freedom of Information request 13457_18": the PDF title
    QString author;     // the authority
    QString reference;  // the case reference, shown in every page's header
    bool draft = false; // a draft is watermarked DRAFT on every page
    QString logoPath;   // the authority's logo, top right above its address; empty: none
    // The letter's language as a BCP 47 tag ("en-GB", "cy-GB"; a bilingual letter: its first),
    // which the PDF declares in its catalogue (/Lang).
    QString language = QStringLiteral("en-GB");
    // The page bands and watermark in the letter's language; empty: the English words.
    QString bandReference; // "Our reference: 13457_18"
    QString bandPage;      // "Page %1 of %2"
    QString bandDraft;     // "DRAFT: not for sending"
    QString watermark;     // "DRAFT"
    QList<ReplyBlock> blocks;
    // A bilingual letter set out side by side: `blocks` is the left column (Welsh) and
    // `facingBlocks` the right one (English), row by row, so facingBlocks[i] says blocks[i] in
    // the other language and the two start level. A letterhead row (addresses) whose two blocks
    // are equal is written once across both columns; a block with no text and no items leaves
    // its side of the row blank. Empty: a letter of one column.
    QList<ReplyBlock> facingBlocks;

    bool sideBySide() const { return !facingBlocks.isEmpty(); }
    // Whether row `row` of a side-by-side letter is written once across both columns.
    bool rowSpans(qsizetype row) const;

    bool operator==(const ReplyDocument &) const = default;

    // The letter's words in reading order, one block per paragraph (side by side: row by row,
    // the left column's block before the right one's): what a reader of the PDF
    // should be able to copy out of it.
    QString plainText() const;
};

} // namespace foi::core
