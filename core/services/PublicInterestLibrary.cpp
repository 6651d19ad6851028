#include "core/services/PublicInterestLibrary.h"

#include "core/model/Codes.h"
#include "core/reply/AtomicFile.h"
#include "core/support/OwnerOnlyFolder.h"
#include "core/support/StoreLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foi::core {

namespace {

const QString sideDisclosure = QStringLiteral("disclosure");
const QString sideExemption = QStringLiteral("exemption");

Error libraryError(const QString &message, const QString &detail = {})
{
    return Error::make(QStringLiteral("public-interest-library.invalid"), message, detail);
}

} // namespace

Result<QList<PublicInterestFactor>> PublicInterestLibrary::readFactors(const QByteArray &json,
                                                                       bool own)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return libraryError(
            QStringLiteral("The factors file is not readable JSON (at byte %1: %2).")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return libraryError(QStringLiteral("$.format: this is not a file of public interest "
                                           "factors (expected \"%1\").")
                                .arg(QLatin1String(formatName)));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return libraryError(QStringLiteral("$.version: only version 1 is understood."));
    const QJsonValue list = root.value(QStringLiteral("factors"));
    if (!list.isArray())
        return libraryError(QStringLiteral("$.factors: expected a list of factors."));
    QList<PublicInterestFactor> factors;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("$.factors[%1]").arg(i);
        const QJsonObject entry = array.at(i).toObject();
        PublicInterestFactor factor;
        factor.own = own;
        factor.text = entry.value(QStringLiteral("text")).toString().trimmed();
        if (factor.text.isEmpty())
            return libraryError(QStringLiteral("%1.text: a factor needs its words.").arg(path));
        const QString favours = entry.value(QStringLiteral("favours")).toString();
        if (favours != sideDisclosure && favours != sideExemption)
            return libraryError(QStringLiteral("%1.favours: expected \"disclosure\" or "
                                               "\"exemption\", found \"%2\".")
                                    .arg(path, favours));
        factor.favours = favours == sideDisclosure ? FactorSide::Disclosure : FactorSide::Exemption;
        for (const QJsonValue &provision : entry.value(QStringLiteral("provisions")).toArray())
            factor.provisions.append(provision.toString());
        if (entry.contains(QStringLiteral("duty"))) {
            factor.duty = fromCode<Duty>(entry.value(QStringLiteral("duty")).toString());
            if (!factor.duty)
                return libraryError(QStringLiteral("%1.duty: expected \"communicate\" or "
                                                   "\"confirm-or-deny\".")
                                        .arg(path));
        }
        factor.relatesTo = entry.value(QStringLiteral("relatesTo")).toString();
        factors.append(factor);
    }
    return factors;
}

QByteArray PublicInterestLibrary::writeFactors(const QList<PublicInterestFactor> &factors)
{
    QJsonArray array;
    for (const PublicInterestFactor &factor : factors) {
        QJsonObject entry{
            {QStringLiteral("favours"),
             factor.favours == FactorSide::Disclosure ? sideDisclosure : sideExemption},
            {QStringLiteral("provisions"), QJsonArray::fromStringList(factor.provisions)},
            {QStringLiteral("text"), factor.text}};
        if (factor.duty)
            entry.insert(QStringLiteral("duty"), toCode(*factor.duty));
        if (!factor.relatesTo.isEmpty())
            entry.insert(QStringLiteral("relatesTo"), factor.relatesTo);
        array.append(entry);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(formatName)},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("factors"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString PublicInterestLibrary::defaultOwnPath()
{
    return QDir(StoreLocation::defaultDataFolder())
        .filePath(QStringLiteral("public-interest-factors.json"));
}

Result<PublicInterestLibrary> PublicInterestLibrary::load(const QString &ownPath)
{
    QFile shipped(QStringLiteral(":/publicinterest/factors.json"));
    if (!shipped.open(QIODevice::ReadOnly))
        return libraryError(QStringLiteral("The built-in public interest factors are missing."));
    auto builtIn = readFactors(shipped.readAll(), false);
    if (!builtIn)
        return builtIn.error();
    PublicInterestLibrary library;
    library.m_ownPath = ownPath;
    QFile own(ownPath);
    if (own.exists()) {
        if (!own.open(QIODevice::ReadOnly)) {
            library.m_ownProblem =
                QStringLiteral("Your own factors in %1 cannot be read (%2). Check the file's "
                               "permissions; until then new factors cannot be saved.")
                    .arg(QDir::toNativeSeparators(ownPath), own.errorString());
        } else if (auto mine = readFactors(own.readAll(), true)) {
            library.m_factors = *mine;
        } else {
            library.m_ownProblem =
                QStringLiteral("Your own factors in %1 are damaged: %2 Correct the file or move "
                               "it aside; until then new factors cannot be saved, so nothing "
                               "in it is overwritten.")
                    .arg(QDir::toNativeSeparators(ownPath), mine.error().message);
        }
    }
    library.m_factors.append(*builtIn);
    return library;
}

bool PublicInterestLibrary::suits(const PublicInterestFactor &factor, const QString &provision)
{
    if (factor.provisions.isEmpty())
        return true;
    for (const QString &prefix : factor.provisions) {
        if (provision == prefix || provision.startsWith(prefix + QLatin1Char('(')) ||
            provision.startsWith(prefix + QLatin1Char('-')))
            return true;
    }
    return false;
}

QList<PublicInterestFactor> PublicInterestLibrary::factorsFor(const QString &provision, Duty duty,
                                                              FactorSide side) const
{
    QList<PublicInterestFactor> specific;
    QList<PublicInterestFactor> general;
    const bool eir = provision.startsWith(QLatin1String("reg"));
    for (const PublicInterestFactor &factor : m_factors) {
        if (factor.favours != side || (factor.duty && *factor.duty != duty) ||
            !suits(factor, provision))
            continue;
        // The general factors cite FOIA s2; an EIR claim has its own (reg 12(2)).
        if (factor.provisions.isEmpty() && !factor.own && eir)
            continue;
        (factor.provisions.isEmpty() && !factor.own ? general : specific).append(factor);
    }
    return specific + general;
}

Status PublicInterestLibrary::addOwn(PublicInterestFactor factor)
{
    if (!m_ownProblem.isEmpty())
        return libraryError(m_ownProblem);
    factor.text = factor.text.trimmed();
    factor.own = true;
    if (factor.text.isEmpty())
        return libraryError(
            QStringLiteral("There are no words to save: write the factor first, then save it."));
    for (const PublicInterestFactor &existing : std::as_const(m_factors)) {
        if (existing.text == factor.text && existing.favours == factor.favours)
            return libraryError(QStringLiteral("That factor is already in the library."));
    }
    QList<PublicInterestFactor> own;
    for (const PublicInterestFactor &existing : std::as_const(m_factors)) {
        if (existing.own)
            own.append(existing);
    }
    own.append(factor);
    if (!OwnerOnlyFolder::make(QFileInfo(m_ownPath).absolutePath()))
        return libraryError(
            QStringLiteral("The folder for your own factors, %1, cannot be "
                           "made. Check that you may write there.")
                .arg(QDir::toNativeSeparators(QFileInfo(m_ownPath).absolutePath())));
    if (Status written = AtomicFile::write(m_ownPath, writeFactors(own)); !written)
        return written.error();
    // The own factors stay first, in the order they were added.
    m_factors.insert(own.size() - 1, factor);
    return success();
}

} // namespace foi::core
