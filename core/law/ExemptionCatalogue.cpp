#include "core/law/ExemptionCatalogue.h"

#include "core/law/ProvisionCodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

namespace foi::core {

namespace {

Q_LOGGING_CATEGORY(lawLog, "foi.core.law")

Error invalid(const QString &path, const QString &problem)
{
    return Error::make(
        QStringLiteral("law.catalogue.invalid"),
        QStringLiteral("The exemption catalogue is not valid: %1 %2.").arg(path, problem), path);
}

// Reads the fields of one provision object, remembering the first problem with its JSON path.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    QString text(const QString &field, bool required = true)
    {
        const QJsonValue value = m_object.value(field);
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
            fail(field, required ? QStringLiteral("must be a non-empty string")
                                 : QStringLiteral("must be a string or null"));
            return {};
        }
        return value.toString();
    }

    bool flag(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isBool())
            fail(field, QStringLiteral("must be true or false"));
        return value.toBool();
    }

    QDate date(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
        if (!parsed.isValid() || value.toString().size() != 10)
            fail(field, QStringLiteral("must be a date written YYYY-MM-DD, or null"));
        return parsed;
    }

    int count(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return 0;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != static_cast<int>(number)) {
            fail(field, QStringLiteral("must be a whole number of years, 0 or more"));
            return 0;
        }
        return static_cast<int>(number);
    }

    QJsonArray array(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(field, QStringLiteral("must be an array"));
        return value.toArray();
    }

    template<typename Enum>
    Enum code(const QString &field, std::optional<Enum> (*parse)(const QString &), Enum fallback)
    {
        const QString spelled = text(field);
        if (spelled.isEmpty())
            return fallback;
        const std::optional<Enum> value = parse(spelled);
        if (!value) {
            fail(field, QStringLiteral("has the unknown value '%1'").arg(spelled));
            return fallback;
        }
        return *value;
    }

    void fail(const QString &field, const QString &problem)
    {
        if (!m_error)
            m_error = invalid(m_path + u'.' + field, problem);
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

Result<Provision> readProvision(const QJsonObject &object, const QString &path)
{
    EntryReader reader(object, path);
    Provision p;
    p.id = reader.text(QStringLiteral("id"));
    p.regime = reader.code(QStringLiteral("regime"), &regimeFromCode, Regime::Foia);
    p.kind = reader.code(QStringLiteral("kind"), &provisionKindFromCode, ProvisionKind::Exemption);
    p.citation = reader.text(QStringLiteral("citation"));
    p.title = reader.text(QStringLiteral("title"));
    p.description = reader.text(QStringLiteral("description"));
    p.absolute = reader.flag(QStringLiteral("absolute"));
    p.test = reader.code(QStringLiteral("test"), &testKindFromCode, TestKind::Class);
    p.prejudiceBased = reader.flag(QStringLiteral("prejudice_based"));
    p.relieves = reader.code(QStringLiteral("relieves"), &dutyFromCode, Duty::Communicate);
    p.ncndProvision = reader.text(QStringLiteral("ncnd_provision"), false);
    p.parent = reader.text(QStringLiteral("parent"), false);
    p.requiresQualifiedPerson = reader.flag(QStringLiteral("requires_qualified_person"));
    const QJsonArray kinds = reader.array(QStringLiteral("available_to"));
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const std::optional<AuthorityKind> kind = authorityKindFromCode(kinds.at(i).toString());
        if (!kind)
            reader.fail(QStringLiteral("available_to[%1]").arg(i),
                        QStringLiteral("is not a known kind of authority"));
        else
            p.availableTo.append(*kind);
    }
    p.certificate = reader.text(QStringLiteral("certificate"), false);
    p.historicalRecordYears = reader.count(QStringLiteral("historical_record_years"));
    p.historicalNote = reader.text(QStringLiteral("historical_note"), false);
    p.source = reader.text(QStringLiteral("source"));
    p.testWording = reader.text(QStringLiteral("test_wording"), false);
    p.inForceFrom = reader.date(QStringLiteral("in_force_from"));
    p.ceasedOn = reader.date(QStringLiteral("ceased_on"));
    p.predecessor = reader.text(QStringLiteral("predecessor"), false);
    if (p.inForceFrom.isValid() && p.ceasedOn.isValid() && p.ceasedOn <= p.inForceFrom)
        reader.fail(QStringLiteral("ceased_on"),
                    QStringLiteral("must be later than 'in_force_from'"));

    if (p.prejudiceBased && p.test != TestKind::Prejudice)
        reader.fail(QStringLiteral("prejudice_based"),
                    QStringLiteral("is true but 'test' is not \"prejudice\""));
    if (p.kind == ProvisionKind::NcndExclusion && p.relieves != Duty::ConfirmOrDeny)
        reader.fail(
            QStringLiteral("relieves"),
            QStringLiteral("must be \"confirm-or-deny\" for a neither-confirm-nor-deny provision"));
    if (p.kind == ProvisionKind::NcndExclusion && p.parent.isEmpty())
        reader.fail(
            QStringLiteral("parent"),
            QStringLiteral(
                "must name the exemption this neither-confirm-nor-deny provision belongs to"));
    if (reader.error())
        return *reader.error();
    return p;
}

} // namespace

const ExemptionCatalogue &ExemptionCatalogue::builtIn()
{
    static const ExemptionCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/law/exemptions.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lawLog) << "The built-in exemption catalogue is missing from the resources";
            return ExemptionCatalogue();
        }
        Result<ExemptionCatalogue> loaded = fromJson(file.readAll());
        if (!loaded) {
            qCCritical(lawLog) << loaded.error().message;
            return ExemptionCatalogue();
        }
        return std::move(loaded).value();
    }();
    return catalogue;
}

Result<ExemptionCatalogue> ExemptionCatalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(
            QStringLiteral("law.catalogue.unreadable"),
            QStringLiteral("The exemption catalogue is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    const QJsonArray entries = document.object().value(QStringLiteral("provisions")).toArray();
    if (!document.isObject() || entries.isEmpty())
        return invalid(QStringLiteral("provisions"), QStringLiteral("must be a non-empty array"));

    ExemptionCatalogue catalogue;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("provisions[%1]").arg(i);
        if (!entries.at(i).isObject())
            return invalid(path, QStringLiteral("must be an object"));
        Result<Provision> provision = readProvision(entries.at(i).toObject(), path);
        if (!provision)
            return provision.error();
        if (catalogue.m_index.contains(provision->id))
            return invalid(path + QStringLiteral(".id"),
                           QStringLiteral("repeats the id '%1'").arg(provision->id));
        catalogue.m_index.insert(provision->id, catalogue.m_provisions.size());
        catalogue.m_provisions.append(std::move(provision).value());
    }
    if (Status linked = catalogue.link(); !linked)
        return linked.error();
    if (Status paired = catalogue.readExclusions(
            document.object().value(QStringLiteral("mutually_exclusive")).toArray());
        !paired)
        return paired.error();
    return catalogue;
}

Status ExemptionCatalogue::link()
{
    for (qsizetype i = 0; i < m_provisions.size(); ++i) {
        Provision &p = m_provisions[i];
        const QString path = QStringLiteral("provisions[%1]").arg(i);
        if (!p.ncndProvision.isEmpty()) {
            const auto it = m_index.constFind(p.ncndProvision);
            if (it == m_index.constEnd() ||
                m_provisions.at(*it).kind != ProvisionKind::NcndExclusion ||
                m_provisions.at(*it).regime != p.regime)
                return invalid(
                    path + QStringLiteral(".ncnd_provision"),
                    QStringLiteral("('%1') must name a neither-confirm-nor-deny provision "
                                   "of the same regime")
                        .arg(p.ncndProvision));
            m_provisions[*it].covers.append(p.id);
        }
        if (!p.parent.isEmpty() && !m_index.contains(p.parent))
            return invalid(path + QStringLiteral(".parent"),
                           QStringLiteral("names the unknown provision '%1'").arg(p.parent));
        if (!p.predecessor.isEmpty()) {
            const auto it = m_index.constFind(p.predecessor);
            if (it == m_index.constEnd() || !m_provisions.at(*it).ceasedOn.isValid() ||
                m_provisions.at(*it).ceasedOn != p.inForceFrom)
                return invalid(path + QStringLiteral(".predecessor"),
                               QStringLiteral("('%1') must name a provision that ceased on the "
                                              "day this one came into force")
                                   .arg(p.predecessor));
            m_provisions[*it].successors.append(p.id);
        }
    }
    return success();
}

Status ExemptionCatalogue::readExclusions(const QJsonArray &groups)
{
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QJsonObject group = groups.at(g).toObject();
        const QString path = QStringLiteral("mutually_exclusive[%1]").arg(g);
        QStringList sides[2];
        const QString names[2] = {QStringLiteral("first"), QStringLiteral("second")};
        for (int side = 0; side < 2; ++side) {
            const QJsonArray ids = group.value(names[side]).toArray();
            if (ids.isEmpty())
                return invalid(path + u'.' + names[side],
                               QStringLiteral("must be a non-empty array of provision ids"));
            for (const QJsonValue &id : ids) {
                if (!m_index.contains(id.toString()))
                    return invalid(
                        path + u'.' + names[side],
                        QStringLiteral("names the unknown provision '%1'").arg(id.toString()));
                sides[side].append(id.toString());
            }
        }
        for (const QString &a : sides[0]) {
            for (const QString &b : sides[1]) {
                m_provisions[m_index.value(a)].mutuallyExclusiveWith.append(b);
                m_provisions[m_index.value(b)].mutuallyExclusiveWith.append(a);
            }
        }
    }
    return success();
}

const Provision *ExemptionCatalogue::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_provisions.at(*it);
}

QList<Provision> ExemptionCatalogue::all() const
{
    return m_provisions;
}

QList<Provision> ExemptionCatalogue::forRegime(Regime regime) const
{
    QList<Provision> result;
    for (const Provision &p : m_provisions) {
        if (p.regime == regime)
            result.append(p);
    }
    return result;
}

bool ExemptionCatalogue::mutuallyExclusive(const QString &a, const QString &b) const
{
    const Provision *first = find(a);
    return first != nullptr && first->mutuallyExclusiveWith.contains(b);
}

} // namespace foi::core
