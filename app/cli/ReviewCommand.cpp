#include "app/cli/ReviewCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/reply/AtomicFile.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/review/PublicKeyFile.h"
#include "core/review/ReviewErrorCode.h"
#include "core/review/ReviewResponseFormat.h"
#include "core/review/SignedContainer.h"
#include "core/services/ReviewNotes.h"
#include "core/services/ReviewService.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace foi::app {

namespace {

using core::ReviewService;

const QString name = QStringLiteral("review");

// A refusal of a bundle or response is the answer "no" (exit 1); a file that cannot be read at
// all is a usage problem (exit 2).
ExitCode refused(CliContext &context, const core::Error &error)
{
    context.err() << "foi-workbench-cli " << name << ": " << error.message << '\n';
    if (!error.detail.isEmpty())
        context.err() << "  (" << error.detail << ")\n";
    context.err() << "  [" << error.code << "]\n";
    context.err().flush();
    return error.code == core::ReviewErrorCode::Unreadable ? ExitCode::Usage : ExitCode::Negative;
}

void printDifferences(CliContext &context, const QList<core::FieldDifference> &differences)
{
    context.out() << "Changed since the review (reviewed | now):\n";
    for (const core::FieldDifference &difference : differences) {
        context.out() << "  " << difference.path << "\n"
                      << "    reviewed: "
                      << (difference.reviewed.isEmpty() ? QStringLiteral("(absent)")
                                                        : difference.reviewed)
                      << "\n    now:      "
                      << (difference.current.isEmpty() ? QStringLiteral("(absent)")
                                                       : difference.current)
                      << '\n';
    }
}

// The store to check against, read-only; null (with why said) when there is none to use.
std::unique_ptr<OpenedStore> storeToCheck(CliContext &context)
{
    if (const std::optional<core::StoreAddress> team = StoreAccess::teamStore(context)) {
        auto server = OpenedStore::open(*team, core::CaseStore::OpenMode::ReadOnly,
                                        core::CaseStore::Options{.clock = context.clock()});
        if (!server) {
            context.out() << "Not checked against the case store: " << server.error().message
                          << '\n';
            return nullptr;
        }
        return std::move(server).value();
    }
    if (!QFileInfo::exists(context.storePath())) {
        context.out() << "Not checked against a case store (none here).\n";
        return nullptr;
    }
    auto file = core::CaseStore::open(context.storePath(), core::CaseStore::OpenMode::ReadOnly,
                                      core::CaseStore::Options{.clock = context.clock()});
    if (!file) {
        context.out() << "Not checked against the case store: " << file.error().message << '\n';
        return nullptr;
    }
    return std::make_unique<OpenedStore>(std::move(file).value());
}

// When the store at hand holds the case, says whether it changed since `documentSha256`.
// Returns false when it did (stale); a store that cannot be opened, or without the case (the
// reviewer's machine), is not an error: the check is noted as not made.
bool checkNotStale(CliContext &context, const QString &reference, const QString &documentSha256)
{
    const std::unique_ptr<OpenedStore> opened = storeToCheck(context);
    if (!opened)
        return true;
    core::StoreRepositories &store = opened->repositories();
    auto stored = store.cases().load(reference);
    if (!stored) {
        context.out() << "Case " << reference << " is not in this store: not checked for "
                      << "changes.\n";
        return true;
    }
    if (core::AuditTrail::sha256Hex(stored->record.document) == documentSha256) {
        context.out() << "Case " << reference << " is unchanged since the export.\n";
        return true;
    }
    context.out() << "STALE: case " << reference << " has changed since it was exported for "
                  << "review.\n";
    auto reviewed = store.audit().snapshot(documentSha256);
    if (reviewed)
        printDifferences(context,
                         core::CaseDifference::between(*reviewed, stored->record.document));
    return false;
}

core::Result<QByteArray> readInput(const QString &path)
{
    return ReviewService::readFile(path);
}

ExitCode exportBundle(CliContext &context, const QCommandLineParser &parser,
                      const QStringList &words, core::KeyRing &keys)
{
    if (words.size() != 2)
        return context.usageError(name, QStringLiteral("give one case reference: review export "
                                                       "REF --out FILE."));
    if (!parser.isSet(QStringLiteral("out")))
        return context.usageError(name,
                                  QStringLiteral("say where to write the bundle with --out FILE."));
    ReviewService::ExportRequest request;
    request.reference = words.at(1);
    request.officer = StoreAccess::officer(parser);
    request.includeRequester = parser.isSet(QStringLiteral("include-requester"));
    if (parser.isSet(QStringLiteral("reviewer"))) {
        const QString reviewer = parser.value(QStringLiteral("reviewer"));
        core::Result<core::PublicKey> key = QFileInfo(reviewer).isFile()
                                                ? core::PublicKeyFile::readFile(reviewer)
                                                : keys.trustedKey(reviewer);
        if (!key)
            return context.usageError(name, key.error().message);
        request.reviewer = *key;
    }
    core::Result<core::AuthorityProfile> authority =
        parser.isSet(QStringLiteral("authority"))
            ? core::AuthorityProfileLocator::loadFile(parser.value(QStringLiteral("authority")))
            : core::AuthorityProfileLocator::load();
    if (authority)
        request.authority = *authority;
    else if (authority.error().code != QLatin1String("authority.none"))
        return context.usageError(name, authority.error().message);
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    ReviewService service(keys, context.clock());
    auto exported = service.exportCase(store->repositories(), context.replyLaw(), request,
                                       parser.value(QStringLiteral("out")));
    if (!exported)
        return StoreAccess::failure(context, name, exported.error());
    context.out() << "Wrote the review bundle of " << request.reference << " to "
                  << parser.value(QStringLiteral("out")) << ".\n"
                  << "Signed by " << exported->manifest.exporterName << " ("
                  << exported->manifest.exporterFingerprint << ").\n"
                  << (exported->encrypted
                          ? QStringLiteral("Encrypted for %1 (%2).\n")
                                .arg(exported->manifest.reviewerName,
                                     exported->manifest.reviewerFingerprint)
                          : QStringLiteral("Not encrypted: name a reviewer with --reviewer to "
                                           "encrypt it.\n"))
                  << (request.includeRequester
                          ? "The requester's details are INCLUDED (your choice is in the audit "
                            "trail).\n"
                          : "The requester is shown as [Requester]; no contact details.\n")
                  << "Bundle SHA-256: " << exported->bundleSha256 << '\n';
    if (exported->withdrawnApproval)
        context.out() << "This withdraws the approval by " << exported->withdrawnApproval->reviewer
                      << " (imported " << exported->withdrawnApproval->decidedAt
                      << "): the case now awaits review again.\n";
    return ExitCode::Success;
}

ExitCode verify(CliContext &context, const QStringList &words, core::KeyRing &keys)
{
    if (words.size() != 2)
        return context.usageError(name, QStringLiteral("give one file: review verify FILE."));
    core::Result<QByteArray> bytes = readInput(words.at(1));
    if (!bytes)
        return refused(context, bytes.error());
    ReviewService service(keys, context.clock());
    core::Result<QByteArray> plain = service.unseal(*bytes);
    if (!plain)
        return refused(context, plain.error());
    if (plain->startsWith(core::ReviewResponseFormat::magic)) {
        auto response = service.openResponse(*bytes);
        if (!response)
            return refused(context, response.error());
        context.out() << "Valid review response to case " << response->caseReference << ": "
                      << (response->decision == core::ReviewResponse::Decision::Approve
                              ? "APPROVED"
                              : "RETURNED")
                      << " by " << response->reviewerName << " (" << response->signer.fingerprint()
                      << ") on " << response->respondedAt << ".\n";
        return checkNotStale(context, response->caseReference, response->caseDocumentSha256)
                   ? ExitCode::Success
                   : ExitCode::Negative;
    }
    auto bundle = service.openBundle(*bytes);
    if (!bundle)
        return refused(context, bundle.error());
    const core::ReviewManifest &manifest = bundle->manifest;
    context.out() << "Valid review bundle of case " << manifest.caseReference << ".\n"
                  << "Exported by " << manifest.exporterName << " (" << manifest.exporterFingerprint
                  << ") on " << manifest.createdAt << ".\n"
                  << "Requester details: "
                  << (manifest.requesterIncluded ? "included" : "withheld ([Requester])") << ".\n"
                  << "Findings: " << bundle->findings.size()
                  << "; audit rows: " << bundle->auditExcerpt.size() << "; draft reply: "
                  << (bundle->draftPdf.isEmpty()
                          ? QStringLiteral("none")
                          : QStringLiteral("%1 bytes").arg(bundle->draftPdf.size()))
                  << ".\nAudit chain head at export: " << manifest.auditAnchor << '\n'
                  << "Bundle SHA-256: " << bundle->bundleSha256 << '\n';
    return checkNotStale(context, manifest.caseReference, manifest.caseDocumentSha256)
               ? ExitCode::Success
               : ExitCode::Negative;
}

// "Q1=text" or "2=text": the id (or 1-based claim number) and the comment.
std::optional<std::pair<QString, QString>> splitComment(const QString &value)
{
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    return std::make_pair(value.left(equals).trimmed(), value.mid(equals + 1));
}

ExitCode respond(CliContext &context, const QCommandLineParser &parser, const QStringList &words,
                 core::KeyRing &keys)
{
    const bool approve = parser.isSet(QStringLiteral("approve"));
    const bool giveBack = parser.isSet(QStringLiteral("return"));
    if (words.size() != 2)
        return context.usageError(name, QStringLiteral("give one bundle: review respond FILE "
                                                       "--approve|--return --comment TEXT --out "
                                                       "FILE."));
    if (approve == giveBack)
        return context.usageError(name, QStringLiteral("decide with exactly one of --approve and "
                                                       "--return."));
    if (!parser.isSet(QStringLiteral("out")) || !parser.isSet(QStringLiteral("comment")))
        return context.usageError(name, QStringLiteral("give --comment TEXT and --out FILE."));
    core::ReviewResponse answer;
    answer.decision =
        approve ? core::ReviewResponse::Decision::Approve : core::ReviewResponse::Decision::Return;
    answer.comment = parser.value(QStringLiteral("comment"));
    for (const QString &value : parser.values(QStringLiteral("question-comment"))) {
        auto comment = splitComment(value);
        if (!comment)
            return context.usageError(name, QStringLiteral("--question-comment takes ID=TEXT, as "
                                                           "in Q1=\"Say which year\"."));
        answer.questionComments.append({comment->first, comment->second});
    }
    for (const QString &value : parser.values(QStringLiteral("claim-comment"))) {
        auto comment = splitComment(value);
        bool isNumber = false;
        const int number = comment ? comment->first.toInt(&isNumber) : 0;
        if (!comment || !isNumber || number < 1)
            return context.usageError(name, QStringLiteral("--claim-comment takes N=TEXT with N "
                                                           "the claim's number from 1."));
        answer.claimComments.append({number - 1, {}, comment->second});
    }
    core::Result<QByteArray> bytes = readInput(words.at(1));
    if (!bytes)
        return refused(context, bytes.error());
    ReviewService service(keys, context.clock());
    auto bundle = service.openBundle(*bytes);
    if (!bundle)
        return refused(context, bundle.error());
    auto response = service.respond(*bundle, StoreAccess::officer(parser), answer);
    if (!response && response.error().code == core::ReviewErrorCode::SelfApproval)
        return refused(context, response.error());
    if (!response)
        return context.usageError(name, response.error().message);
    if (core::Status written =
            core::AtomicFile::write(parser.value(QStringLiteral("out")), *response);
        !written)
        return refused(context, written.error());
    context.out() << "Wrote your signed decision (" << (approve ? "approve" : "return") << ") on "
                  << bundle->manifest.caseReference << " to " << parser.value(QStringLiteral("out"))
                  << ".\nSend it back to " << bundle->manifest.exporterName << ".\n";
    return ExitCode::Success;
}

ExitCode importResponse(CliContext &context, const QCommandLineParser &parser,
                        const QStringList &words, core::KeyRing &keys)
{
    if (words.size() != 2)
        return context.usageError(name, QStringLiteral("give one response file: review import "
                                                       "FILE."));
    core::Result<QByteArray> bytes = readInput(words.at(1));
    if (!bytes)
        return refused(context, bytes.error());
    auto store = StoreAccess::openEither(context, name, core::CaseStore::OpenMode::ReadWrite);
    if (!store)
        return ExitCode::Usage;
    ReviewService service(keys, context.clock());
    auto status =
        service.importResponse(store->repositories(), *bytes, StoreAccess::officer(parser));
    if (!status) {
        const ExitCode code = refused(context, status.error());
        if (status.error().code == core::ReviewErrorCode::Stale) {
            auto differences =
                service.differences(store->repositories(), *service.openResponse(*bytes));
            if (differences)
                printDifferences(context, *differences);
        }
        context.err() << "Nothing was changed in the store.\n";
        return code;
    }
    auto response = service.openResponse(*bytes);
    context.out() << "Imported the review of " << response->caseReference << " by "
                  << response->reviewerName << ": "
                  << core::ReviewResponse::decisionName(response->decision) << ".\n"
                  << "Case status: " << core::ReviewStatus::describe(status->state) << ".\n";
    if (!response->comment.isEmpty())
        context.out() << "Comment: " << response->comment << '\n';
    for (const auto &comment : response->questionComments)
        context.out() << "  " << comment.questionId << ": " << comment.comment << '\n';
    for (const auto &comment : response->claimComments)
        context.out() << "  claim " << comment.claimIndex + 1 << " (" << comment.provision
                      << "): " << comment.comment << '\n';
    return ExitCode::Success;
}

ExitCode status(CliContext &context, const QCommandLineParser &parser, const QStringList &words)
{
    if (words.size() != 2)
        return context.usageError(name, QStringLiteral("give one case reference."));
    std::unique_ptr<OpenedStore> store = StoreAccess::openToRead(context, name, parser);
    if (!store)
        return ExitCode::Usage;
    auto state = store->repositories().reviews().status(words.at(1));
    if (!state)
        return StoreAccess::failure(context, name, state.error());
    context.out() << words.at(1) << ": " << core::ReviewStatus::describe(state->state);
    if (!state->reviewer.isEmpty())
        context.out() << " (" << state->reviewer << ", " << state->decidedAt << ")";
    context.out() << '\n';
    auto notes = core::ReviewNotes(store->repositories()).of(words.at(1));
    if (!notes)
        return StoreAccess::failure(context, name, notes.error());
    for (const core::ReviewNote &note : std::as_const(*notes)) {
        context.out() << "  " << note.reviewer << " on " << note.subject() << " ("
                      << (note.decision == QLatin1String("approve") ? "approved" : "returned")
                      << " " << note.respondedAt << "): " << note.comment << '\n';
        if (!note.answered)
            context.out() << "    OPEN: not answered yet\n";
        else if (note.answer.isEmpty())
            context.out() << "    resolved by " << note.answeredBy << " " << note.answeredAt
                          << '\n';
        else
            context.out() << "    answered by " << note.answeredBy << " " << note.answeredAt << ": "
                          << note.answer << '\n';
    }
    return ExitCode::Success;
}

ExitCode runReview(const QString &summary, CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary +
        QStringLiteral("\n  review export REF --out FILE [--reviewer KEYFILE|NAME] "
                       "[--include-requester]\n  review verify FILE      (exit 0 valid, 1 "
                       "invalid)\n  review respond FILE --approve|--return --comment TEXT --out "
                       "FILE\n  review import FILE\n  review status REF"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("export, verify, respond, import or "
                                                "status, and its argument."));
    parser.addOptions(
        {{QStringLiteral("out"), QStringLiteral("Write the bundle or response to FILE."),
          QStringLiteral("FILE")},
         {QStringLiteral("reviewer"),
          QStringLiteral("export: encrypt for this reviewer (their key file, or the "
                         "name or fingerprint of a trusted key)."),
          QStringLiteral("KEYFILE|NAME")},
         {QStringLiteral("include-requester"),
          QStringLiteral("export: include the requester's name and contact details "
                         "(recorded in the audit trail).")},
         {QStringLiteral("authority"),
          QStringLiteral("export: sign the draft with the authority profile in FILE."),
          QStringLiteral("FILE")},
         {QStringLiteral("approve"), QStringLiteral("respond: approve the draft.")},
         {QStringLiteral("return"), QStringLiteral("respond: return the case to the officer.")},
         {QStringLiteral("comment"), QStringLiteral("respond: your overall comment."),
          QStringLiteral("TEXT")},
         {QStringLiteral("question-comment"),
          QStringLiteral("respond: a comment on one question, as Q1=TEXT. May be "
                         "repeated."),
          QStringLiteral("ID=TEXT")},
         {QStringLiteral("claim-comment"),
          QStringLiteral("respond: a comment on claim N (from 1), as 2=TEXT. May be "
                         "repeated."),
          QStringLiteral("N=TEXT")},
         StoreAccess::officerOption(),
         StoreAccess::readOnlyOption()});
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    core::KeyRing keys(core::KeyRing::defaultFolder(), context.clock());
    if (action == QLatin1String("export"))
        return exportBundle(context, parser, words, keys);
    if (action == QLatin1String("verify"))
        return verify(context, words, keys);
    if (action == QLatin1String("respond"))
        return respond(context, parser, words, keys);
    if (action == QLatin1String("import"))
        return importResponse(context, parser, words, keys);
    if (action == QLatin1String("status"))
        return status(context, parser, words);
    return context.usageError(name, QStringLiteral("give one action: export, verify, "
                                                   "respond, import or status."));
}

} // namespace

CliCommand reviewCommand()
{
    const QString summary = QStringLiteral(
        "review export|verify|respond|import|status: offline review with signed bundles.");
    return {name, summary, std::bind_front(&runReview, summary)};
}

} // namespace foi::app
