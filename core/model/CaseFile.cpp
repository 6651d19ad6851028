#include "core/model/CaseFile.h"

#include "core/model/CaseFileReader.h"
#include "core/model/CaseFileWriter.h"
#include "core/model/MatterFile.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace foi::core {

Error CaseFile::tooLarge(qint64 bytes)
{
    const QString message =
        QStringLiteral("$: the case file is %1 MB, more than the %2 MB a case file may be. It "
                       "cannot be a case exported by the workbench: check that it is the right "
                       "file, and keep large documents as attachments instead.")
            .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
            .arg(maxBytes / (1024 * 1024));
    return Error::make(QStringLiteral("case-file.too-large"), message, message);
}

Result<Case> CaseFile::read(const QByteArray &json, const ExemptionCatalogue &catalogue)
{
    if (json.size() > maxBytes)
        return tooLarge(json.size());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString message =
            QStringLiteral("$: the case file is not valid JSON (%1 at character %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return Error::make(QStringLiteral("case-file.unreadable"), message, message);
    }
    CaseFileReader reader(catalogue);
    Case theCase = reader.read(document.isObject() ? QJsonValue(document.object())
                                                   : QJsonValue(document.array()));
    if (!reader.errors().isEmpty())
        return Error::make(QStringLiteral("case-file.invalid"), reader.errors().constFirst(),
                           reader.errors().join(u'\n'));
    return theCase;
}

Result<Case> CaseFile::read(const QByteArray &json)
{
    return read(json, ExemptionCatalogue::builtIn());
}

int CaseFile::versionFor(const Case &theCase)
{
    // Version 3 also holds a title and the lifecycle (withdrawn, lapsed, reopened), both optional.
    if (MatterFileWriter::hasMatters(theCase) || !theCase.title.isEmpty() ||
        !theCase.lifecycle.isEmpty())
        return 3;
    for (const ExemptionClaim &claim : theCase.claims) {
        if (claim.statistical || claim.legitimateInterests)
            return 3;
    }
    for (const Question &question : theCase.questions) {
        if (question.personalData != DataSubject::Unstated)
            return 3;
    }
    for (const Question &question : theCase.questions) {
        for (const SearchRecord &search : question.determination.searches) {
            if (!search.evidence.isEmpty())
                return 2;
        }
    }
    return 1;
}

QByteArray CaseFile::write(const Case &theCase)
{
    return QJsonDocument(CaseFileWriter::write(theCase)).toJson(QJsonDocument::Indented);
}

} // namespace foi::core
