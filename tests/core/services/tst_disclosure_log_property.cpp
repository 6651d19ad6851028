#include "core/law/WorkingDayCalendar.h"
#include "core/rules/DisclosureLogDraft.h"
#include "core/services/AttachmentService.h"
#include "core/services/CaseRecordMapper.h"
#include "core/services/DisclosureLogExport.h"
#include "core/services/DisclosureLogService.h"
#include "tests/core/store/StoreTestSupport.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

namespace {

// The authority's own contact details: a third party's, which the officer keeps with a reason.
const QString authorityEmail = u"foi@council.example.gov.uk"_s;
const QString authorityPhone = u"01632 960000"_s;

// One made-up requester, drawn from a seeded generator: names with apostrophes, hyphens,
// several words and letters beyond ASCII; an email; a UK phone number; a postal address.
struct RandomRequester
{
    QString title, forename, surname, email, phone, houseNumber, street, town, postcode;

    QString name() const { return forename + u' ' + surname; }
    QString streetLine() const { return houseNumber + u' ' + street; }
    QString address() const { return streetLine() + u'\n' + town + u'\n' + postcode; }

    Requester requester() const { return {title + u' ' + name(), address(), email}; }

    // What must never appear, whatever its case: the whole name, the email, the phone as typed
    // and as bare digits, the address on one line, its street line, the postcode with and
    // without its space.
    QStringList secrets() const
    {
        QString digits = phone;
        digits.remove(QRegularExpression(u"\\D"_s));
        QString compact = postcode;
        compact.remove(u' ');
        return {name(),       email,    phone,   digits,
                streetLine(), postcode, compact, QString(address()).replace(u'\n', u", "_s)};
    }

    // Each word of the name, which must not appear as a word of its own.
    QStringList nameWords() const { return name().split(u' ', Qt::SkipEmptyParts); }
};

QString pick(QRandomGenerator &rng, const QStringList &from)
{
    return from.at(int(rng.bounded(qint64(from.size()))));
}

QString digits(QRandomGenerator &rng, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + int(rng.bounded(10)));
    return text;
}

QString letters(QRandomGenerator &rng, int count, const QString &from)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += from.at(int(rng.bounded(qint64(from.size()))));
    return text;
}

QString randomPhone(QRandomGenerator &rng)
{
    const bool mobile = rng.bounded(2) == 0;
    const QString area = mobile ? u"7"_s + digits(rng, 3) : u"1"_s + digits(rng, 3);
    const QString rest = digits(rng, 6);
    switch (rng.bounded(5)) {
    case 0:
        return u"0"_s + area + u' ' + rest;
    case 1:
        return u"0"_s + area + rest;
    case 2:
        return u"+44 "_s + area + u' ' + rest.left(3) + u' ' + rest.mid(3);
    case 3:
        return u"+44 (0)"_s + area + u' ' + rest;
    default:
        return u"(0"_s + area + u") "_s + rest.left(3) + u'-' + rest.mid(3);
    }
}

QString randomPostcode(QRandomGenerator &rng)
{
    const QString alphabet = u"ABCDEFGHJKLMNOPRSTUWYZ"_s;
    QString outward = letters(rng, 1 + int(rng.bounded(2)), alphabet) + digits(rng, 1);
    if (rng.bounded(3) == 0)
        outward += letters(rng, 1, u"ABEHMNPRVWXY"_s);
    return outward + u' ' + digits(rng, 1) + letters(rng, 2, u"ABDEFGHJLNPQRSTUWXYZ"_s);
}

RandomRequester randomRequester(QRandomGenerator &rng)
{
    RandomRequester r;
    r.title = pick(rng, {u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Dr"_s, u"Mx"_s, u"Prof."_s});
    r.forename =
        pick(rng, {u"Amara"_s,     u"Bartholomew"_s, u"Ceri"_s,   u"Dafydd"_s, u"Eilidh"_s,
                   u"Fionnuala"_s, u"Gareth"_s,      u"Hamish"_s, u"Ioana"_s,  u"Jędrzej"_s,
                   u"Kwame"_s,     u"Lowri"_s,       u"Mhairi"_s, u"Niamh"_s,  u"Oluwaseun"_s,
                   u"Priya"_s,     u"Rhys"_s,        u"Siân"_s,   u"Tomasz"_s, u"Zoë"_s,
                   u"Anne-Marie"_s});
    r.surname = pick(rng, {u"O'Connor-Blythe"_s, u"McAllister"_s, u"Nguyen"_s, u"Wiśniewski"_s,
                           u"Okonkwo"_s, u"ffrench"_s, u"Llewellyn"_s, u"Abernethy"_s,
                           u"Van der Berg"_s, u"Al-Farsi"_s, u"St John"_s, u"Ó Súilleabháin"_s});
    const QString user = pick(rng, {u"%1.%2"_s, u"%1%2"_s, u"%2.%1"_s, u"%1_%2"_s})
                             .arg(r.forename.left(1), letters(rng, 5, u"abcdefghkmnprstwz"_s));
    r.email = user.toLower() + digits(rng, 2) + u'@' +
              pick(rng, {u"example.com"_s, u"example.org.uk"_s, u"mail.example.net"_s});
    r.phone = randomPhone(rng);
    r.houseNumber = QString::number(1 + rng.bounded(240)) +
                    (rng.bounded(4) == 0 ? letters(rng, 1, u"ab"_s) : QString());
    r.street = pick(rng, {u"Quarry Road"_s, u"Larch Grove"_s, u"Beech Close"_s, u"Heol y Bont"_s,
                          u"Kirkgate"_s, u"Wynd Terrace"_s, u"Acacia Avenue"_s});
    r.town = pick(rng, {u"Otley"_s, u"Wakefield"_s, u"Aberystwyth"_s, u"Perth"_s, u"Newry"_s});
    r.postcode = randomPostcode(rng);
    return r;
}

QString caseVariant(QRandomGenerator &rng, const QString &text)
{
    switch (rng.bounded(3)) {
    case 0:
        return text.toUpper();
    case 1:
        return text.toLower();
    default:
        return text;
    }
}

// A request that mentions the requester in the ways people write: signed across lines, in
// capitals, the email and phone in a sentence, the address on one line or several.
QString requestText(QRandomGenerator &rng, const RandomRequester &r)
{
    QString postcode = r.postcode;
    if (rng.bounded(2) == 0)
        postcode.remove(u' ');
    QStringList parts{
        u"Dear FOI team,"_s,
        u"Please tell me how many streetlights were repaired last winter."_s,
        u"You can reach me at %1 or on %2."_s.arg(caseVariant(rng, r.email), r.phone),
        rng.bounded(2) == 0
            ? u"Post: %1, %2, %3"_s.arg(r.streetLine(), r.town, caseVariant(rng, postcode))
            : u"My address is\n%1\n%2\n%3"_s.arg(caseVariant(rng, r.streetLine()), r.town,
                                                 postcode),
        u"Yours faithfully,\n%1%2\n%3"_s.arg(caseVariant(rng, r.forename),
                                             rng.bounded(2) == 0 ? u"\n   "_s : u" "_s,
                                             caseVariant(rng, r.surname)),
        u"SENT BY: %1"_s.arg(r.name().toUpper())};
    return parts.join(u"\n\n"_s);
}

QStringList replyDecision(QRandomGenerator &rng, const RandomRequester &r)
{
    return {u"Dear %1 %2,"_s.arg(r.title, caseVariant(rng, r.surname)),
            u"Thank you, %1, for your request."_s.arg(r.forename),
            u"We hold the information and it is attached. Our records show your address as %1, "
            "%2 and your email as %3."_s.arg(r.streetLine(), r.postcode, r.email),
            u"For questions write to %1 or call %2."_s.arg(authorityEmail, authorityPhone)};
}

Case randomCase(QRandomGenerator &rng, const RandomRequester &r, int n)
{
    Case c;
    c.reference = u"PROP-%1"_s.arg(n);
    c.title = rng.bounded(4) == 0 ? u"Streetlights near %1"_s.arg(r.streetLine())
                                  : u"Streetlight repairs"_s;
    c.dateOfReceipt = QDate(2026, 1, 5);
    c.requester = r.requester();
    c.requestText = requestText(rng, r);
    Question q;
    q.id = u"Q1"_s;
    q.text = u"How many streetlights were repaired?"_s;
    q.determination.holding = Holding::Held;
    q.determination.communication = Communication::InFull;
    c.questions.append(q);
    SentLetter letter;
    letter.version = 1;
    letter.sentOn = QDate(2026, 1, 30);
    letter.decision = replyDecision(rng, r);
    c.reply.sentOn = letter.sentOn;
    c.reply.sent.append(letter);
    return c;
}

// Redacts every undecided hit but the authority's own contact details, kept with a reason.
Result<DisclosureLogEntry> resolvedAll(DisclosureLogEntry entry)
{
    const QList<PersonalDataHit> hits = entry.hits; // entry changes as each is decided
    for (const PersonalDataHit &hit : hits) {
        if (hit.decision != HitDecision::Unresolved)
            continue;
        const bool authority = hit.text == authorityEmail || hit.text == authorityPhone;
        auto changed = DisclosureLogDraft::resolve(
            entry, hit.id, authority ? HitDecision::Keep : HitDecision::Redact,
            authority ? u"the authority's published contact"_s : QString());
        if (!changed)
            return changed.error();
        entry = *changed;
    }
    return entry;
}

// The first secret found in `bytes`, or empty.
QString leaked(const QByteArray &bytes, const RandomRequester &r)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QString &secret : r.secrets())
        if (text.contains(secret, Qt::CaseInsensitive))
            return secret;
    for (const QString &word : r.nameWords()) {
        const QRegularExpression whole(u"(?<!\\w)"_s + QRegularExpression::escape(word) +
                                           u"(?!\\w)"_s,
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
        if (whole.match(text).hasMatch())
            return word;
    }
    return {};
}

quint32 seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("FOI_PROPERTY_SEED").toUInt(&ok);
    return ok ? seed : 20261207u;
}

} // namespace

// Issue 18's "done when" for the disclosure log: random requesters, put into cases whose texts
// mention them in many ways, never reach any byte of the log in any format once the entry is
// scanned and its hits decided (FOIA s40(2); UK GDPR Art 5(1)(c), data minimisation). The seed
// is printed on failure; FOI_PROPERTY_SEED=N runs with another.
class TestDisclosureLogProperty : public QObject
{
    Q_OBJECT

private:
    const quint32 m_seed = seedFromEnvironment();

private slots:
    // Hundreds of requesters through the rules and the three formats' bytes.
    void noRequesterStringReachesAnyFormat()
    {
        QRandomGenerator rng(m_seed);
        for (int i = 0; i < 400; ++i) {
            const RandomRequester r = randomRequester(rng);
            const Case c = randomCase(rng, r, i);
            const QList<PublishedFile> files{
                {u"%1 streetlights.csv"_s.arg(r.name()), u"text/csv"_s, 12, u"ab12"_s}};
            auto prepared = DisclosureLogDraft::prepare(c, files, 1, u"Jo"_s, QDate(2026, 2, 2));
            QVERIFY(prepared);
            auto entry = resolvedAll(*prepared);
            QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().message));
            entry->status = DisclosureLogStatus::Published;
            entry->firstPublishedOn = entry->publishedOn = QDate(2026, 2, 3);
            QVERIFY(DisclosureLogExport::check({*entry}));
            const QList<std::pair<const char *, QByteArray>> outputs{
                {"csv", DisclosureLogExport::csv({*entry})},
                {"json", DisclosureLogExport::json({*entry})},
                {"index.html", DisclosureLogExport::indexHtml({*entry})},
                {"entry.html", DisclosureLogExport::entryHtml(*entry)}};
            for (const auto &[format, bytes] : outputs) {
                const QString secret = leaked(bytes, r);
                QVERIFY2(
                    secret.isEmpty(),
                    qPrintable(
                        u"seed %1, iteration %2: \"%3\" reached the %4 output:\n%5"_s.arg(m_seed)
                            .arg(i)
                            .arg(secret, QString::fromLatin1(format), QString::fromUtf8(bytes))));
            }
            // The authority's own number, kept with a reason, is published.
            QVERIFY(DisclosureLogExport::entryHtml(*entry).contains(authorityPhone.toUtf8()));
        }
    }

    // Fewer, end to end: the store, the service's flow with two officers, a released file named
    // after the requester, and every byte of every file the export writes to disk.
    void noRequesterStringReachesAnyExportedFile()
    {
        QTemporaryDir dir;
        auto store = storetest::create(dir.filePath(u"property.foistore"_s));
        QVERIFY(store);
        AttachmentService attachments(*store, dir.filePath(u"attachments"_s));
        DisclosureLogService log(*store);
        QRandomGenerator rng(m_seed + 1);
        for (int i = 0; i < 25; ++i) {
            const RandomRequester r = randomRequester(rng);
            const Case c = randomCase(rng, r, i);
            QVERIFY(store->cases().save(
                CaseRecordMapper::toRecord(c, WorkingDayCalendar::builtIn()), u"Jo"_s));
            auto file = attachments.addContent(c.reference, r.name() + u" lights.csv"_s,
                                               "street,lights\nMain Street,4\n",
                                               AttachmentKind::Other, u"Jo"_s);
            QVERIFY(file);
            QVERIFY(store->releases().mark(c.reference, file->id, u"Jo"_s));
            auto prepared = log.prepare(c.reference, u"Jo"_s, QDate(2026, 2, 2));
            QVERIFY(prepared);
            for (const PersonalDataHit &hit : prepared->hits) {
                if (hit.decision != HitDecision::Unresolved)
                    continue;
                const bool authority = hit.text == authorityEmail || hit.text == authorityPhone;
                QVERIFY(log.resolve(c.reference, hit.id,
                                    authority ? HitDecision::Keep : HitDecision::Redact,
                                    u"published contact"_s, u"Jo"_s));
            }
            QVERIFY(log.submit(c.reference, u"Jo"_s));
            QVERIFY(log.approve(c.reference, u"Sam"_s, QDate(2026, 2, 3)));
            QVERIFY(log.publish(c.reference, u"Sam"_s, QDate(2026, 2, 3)));
            auto published = log.publishedLog({}, {});
            QVERIFY(published);
            const QString out = dir.filePath(u"out-%1"_s.arg(i));
            for (const auto format :
                 {DisclosureLogExport::Format::Html, DisclosureLogExport::Format::Csv,
                  DisclosureLogExport::Format::Json}) {
                auto written = DisclosureLogExport::write({published->constLast()}, format, out,
                                                          [&](const PublishedFile &f) {
                                                              Attachment a;
                                                              a.sha256 = f.sha256;
                                                              return attachments.copyPath(a);
                                                          });
                QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
            }
            int files = 0;
            for (QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
                const QString path = it.next();
                ++files;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                for (const QByteArray &bytes : {f.readAll(), path.toUtf8()}) {
                    const QString secret = leaked(bytes, r);
                    QVERIFY2(
                        secret.isEmpty(),
                        qPrintable(u"seed %1, iteration %2: \"%3\" reached %4"_s.arg(m_seed + 1)
                                       .arg(i)
                                       .arg(secret, path)));
                }
            }
            QCOMPARE(files, 5); // index, the entry's page, its released file, CSV, JSON
        }
    }
};

QTEST_GUILESS_MAIN(TestDisclosureLogProperty)
#include "tst_disclosure_log_property.moc"
