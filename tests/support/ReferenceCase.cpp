#include "tests/support/ReferenceCase.h"

#include "core/model/CaseFile.h"

#include <QFile>
#include <QJsonDocument>

namespace testsupport {

namespace {

void writeOrStop(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
}

} // namespace

QString referenceCasePath()
{
    return QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json");
}

QByteArray referenceCaseJson()
{
    QFile file(referenceCasePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the reference case %s is missing", qPrintable(referenceCasePath()));
    return file.readAll();
}

QJsonObject referenceCaseObject()
{
    return QJsonDocument::fromJson(referenceCaseJson()).object();
}

foi::core::Case referenceCase()
{
    auto read = foi::core::CaseFile::read(referenceCaseJson());
    if (!read)
        qFatal("the reference case does not read: %s", qPrintable(read.error().message));
    return *read;
}

foi::core::Case unansweredReferenceCase()
{
    foi::core::Case theCase = referenceCase();
    theCase.reply.sentOn = {};
    return theCase;
}

QString writeCaseFile(const QString &path, const foi::core::Case &theCase)
{
    writeOrStop(path, foi::core::CaseFile::write(theCase));
    return path;
}

QString writeJsonFile(const QString &path, const QJsonObject &object)
{
    writeOrStop(path, QJsonDocument(object).toJson());
    return path;
}

} // namespace testsupport
