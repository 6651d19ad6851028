#pragma once

#include "model/Case.h"
#include "model/CaseFile.h"

#include <QFile>
#include <QString>
#include <QTest>

// The reference case (tests/data/reference-13457_18) as the starting point of service tests,
// with helpers to make variants of it and to write them as case files.
namespace servicetest {

inline foi::core::Case referenceCase()
{
    QFile file(QStringLiteral(FOI_TEST_DATA_DIR "/reference-13457_18/case.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the reference case file is missing");
    auto theCase = foi::core::CaseFile::read(file.readAll());
    if (!theCase)
        qFatal("the reference case does not read: %s", qPrintable(theCase.error().message));
    return *theCase;
}

inline QString writeCaseFile(const QString &path, const foi::core::Case &theCase)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(foi::core::CaseFile::write(theCase));
    return path;
}

} // namespace servicetest
