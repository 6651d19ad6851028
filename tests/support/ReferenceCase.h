#pragma once

#include "core/model/Case.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The reference case (tests/data/reference-13457_18: a real police reply, NCND under ss.24(2)
// and 31(3)) as every test starts from it, read in one place instead of a loader per test file.
// A file that is missing or does not read stops the test run with the reason: every test that
// uses it would otherwise fail for a reason that has nothing to do with what it tests.
namespace testsupport {

QString referenceCasePath();
QByteArray referenceCaseJson();
QJsonObject referenceCaseObject();
foi::core::Case referenceCase();
// The reference case before its reply was sent: the state most workflow tests start in.
foi::core::Case unansweredReferenceCase();

// Writes `theCase` as a case file at `path` and returns `path`.
QString writeCaseFile(const QString &path, const foi::core::Case &theCase);
// Writes `object` as an indented JSON file at `path` and returns `path`.
QString writeJsonFile(const QString &path, const QJsonObject &object);

} // namespace testsupport
