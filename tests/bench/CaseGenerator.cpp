#include "tests/bench/CaseGenerator.h"

namespace {

const QStringList subjects{
    QStringLiteral("facial recognition technology"),
    QStringLiteral("stop and search"),
    QStringLiteral("body worn video cameras"),
    QStringLiteral("speed cameras"),
    QStringLiteral("knife crime"),
    QStringLiteral("domestic abuse"),
    QStringLiteral("police vehicle collisions"),
    QStringLiteral("overtime payments"),
    QStringLiteral("drones"),
    QStringLiteral("Taser deployments"),
    QStringLiteral("missing persons"),
    QStringLiteral("cyber crime"),
    QStringLiteral("hate crime"),
    QStringLiteral("fraud reports"),
    QStringLiteral("drink driving arrests"),
    QStringLiteral("automatic number plate recognition"),
    QStringLiteral("firearms licensing"),
    QStringLiteral("police dogs"),
    QStringLiteral("officer misconduct hearings"),
    QStringLiteral("mobile phone extraction"),
    QStringLiteral("covert surveillance"),
    QStringLiteral("county lines drug dealing"),
    QStringLiteral("shoplifting"),
    QStringLiteral("bicycle theft"),
    QStringLiteral("noise complaints"),
    QStringLiteral("football banning orders"),
    QStringLiteral("spit hoods"),
    QStringLiteral("custody deaths"),
    QStringLiteral("wildlife crime"),
    QStringLiteral("modern slavery"),
    QStringLiteral("helicopter flights"),
    QStringLiteral("sickness absence"),
    QStringLiteral("recruitment of special constables"),
    QStringLiteral("use of force"),
    QStringLiteral("online child sexual exploitation"),
    QStringLiteral("protest policing"),
};
const QStringList areas{QStringLiteral("the force area"),
                        QStringLiteral("Birmingham"),
                        QStringLiteral("Coventry"),
                        QStringLiteral("Wolverhampton"),
                        QStringLiteral("each policing district"),
                        QStringLiteral("the city centre")};
const QStringList breakdowns{QStringLiteral("month"),     QStringLiteral("ethnicity"),
                             QStringLiteral("age group"), QStringLiteral("outcome"),
                             QStringLiteral("rank"),      QStringLiteral("financial year")};
const QStringList firstNames{QStringLiteral("Alex"),  QStringLiteral("Sam"),
                             QStringLiteral("Priya"), QStringLiteral("Tom"),
                             QStringLiteral("Aisha"), QStringLiteral("Gareth"),
                             QStringLiteral("Megan"), QStringLiteral("Oliver"),
                             QStringLiteral("Chloe"), QStringLiteral("Imran")};
const QStringList lastNames{QStringLiteral("Jones"),  QStringLiteral("Smith"),
                            QStringLiteral("Patel"),  QStringLiteral("Evans"),
                            QStringLiteral("Khan"),   QStringLiteral("Williams"),
                            QStringLiteral("Brown"),  QStringLiteral("Taylor"),
                            QStringLiteral("Davies"), QStringLiteral("Wilson")};

// More names than the ten by ten the generator drew from before, so that two requesters in a
// window of 200 days share a name by chance about as often as people do.
const QStringList moreFirstNames{
    QStringLiteral("Alex"),   QStringLiteral("Sam"),     QStringLiteral("Priya"),
    QStringLiteral("Tom"),    QStringLiteral("Aisha"),   QStringLiteral("Gareth"),
    QStringLiteral("Megan"),  QStringLiteral("Oliver"),  QStringLiteral("Chloe"),
    QStringLiteral("Imran"),  QStringLiteral("Hannah"),  QStringLiteral("Daniel"),
    QStringLiteral("Zara"),   QStringLiteral("Lewis"),   QStringLiteral("Fatima"),
    QStringLiteral("Rhys"),   QStringLiteral("Sophie"),  QStringLiteral("Kwame"),
    QStringLiteral("Grace"),  QStringLiteral("Harjit"),  QStringLiteral("Ruth"),
    QStringLiteral("Connor"), QStringLiteral("Nadia"),   QStringLiteral("Ewan"),
    QStringLiteral("Bethan"), QStringLiteral("Yusuf"),   QStringLiteral("Eleanor"),
    QStringLiteral("Marek"),  QStringLiteral("Siobhan"), QStringLiteral("Dev"),
    QStringLiteral("Joanne"), QStringLiteral("Callum"),  QStringLiteral("Amara"),
    QStringLiteral("Felix"),  QStringLiteral("Leah"),    QStringLiteral("Tariq"),
    QStringLiteral("Niamh"),  QStringLiteral("Harvey"),  QStringLiteral("Lucy"),
    QStringLiteral("Kofi")};
const QStringList moreLastNames{
    QStringLiteral("Jones"),   QStringLiteral("Smith"),    QStringLiteral("Patel"),
    QStringLiteral("Evans"),   QStringLiteral("Khan"),     QStringLiteral("Williams"),
    QStringLiteral("Brown"),   QStringLiteral("Taylor"),   QStringLiteral("Davies"),
    QStringLiteral("Wilson"),  QStringLiteral("Hughes"),   QStringLiteral("Ahmed"),
    QStringLiteral("Roberts"), QStringLiteral("Walker"),   QStringLiteral("Singh"),
    QStringLiteral("Thomas"),  QStringLiteral("O'Brien"),  QStringLiteral("Clarke"),
    QStringLiteral("Mensah"),  QStringLiteral("Hall"),     QStringLiteral("Kowalski"),
    QStringLiteral("Green"),   QStringLiteral("Begum"),    QStringLiteral("Wright"),
    QStringLiteral("Murphy"),  QStringLiteral("Lewis"),    QStringLiteral("Ali"),
    QStringLiteral("Morgan"),  QStringLiteral("Campbell"), QStringLiteral("Okafor"),
    QStringLiteral("Baker"),   QStringLiteral("Shah"),     QStringLiteral("Edwards"),
    QStringLiteral("Kelly"),   QStringLiteral("Nowak"),    QStringLiteral("Turner"),
    QStringLiteral("Hussain"), QStringLiteral("Price"),    QStringLiteral("Fraser"),
    QStringLiteral("Adeyemi")};
const QStringList streets{QStringLiteral("High Street"),   QStringLiteral("Station Road"),
                          QStringLiteral("Church Lane"),   QStringLiteral("Victoria Road"),
                          QStringLiteral("Park Avenue"),   QStringLiteral("Mill Lane"),
                          QStringLiteral("Queens Road"),   QStringLiteral("Green Lane"),
                          QStringLiteral("Albert Street"), QStringLiteral("Manor Close"),
                          QStringLiteral("Hagley Road"),   QStringLiteral("Warwick Road")};
// Town and postcode area: the force area's own.
const QList<std::pair<QString, QString>> towns{
    {QStringLiteral("Birmingham"), QStringLiteral("B")},
    {QStringLiteral("Coventry"), QStringLiteral("CV")},
    {QStringLiteral("Wolverhampton"), QStringLiteral("WV")},
    {QStringLiteral("Walsall"), QStringLiteral("WS")},
    {QStringLiteral("Dudley"), QStringLiteral("DY")}};
const QString unitLetters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ"); // as Royal Mail uses them

constexpr quint32 regulars = 3000;

QString postalAddress(QRandomGenerator &random)
{
    const auto &[town, area] = towns.at(int(random.bounded(quint32(towns.size()))));
    const QString postcode = QStringLiteral("%1%2 %3%4%5")
                                 .arg(area)
                                 .arg(1 + random.bounded(40u))
                                 .arg(random.bounded(10u))
                                 .arg(unitLetters.at(int(random.bounded(20u))))
                                 .arg(unitLetters.at(int(random.bounded(20u))));
    return QStringLiteral("%1 %2, %3 %4")
        .arg(1 + random.bounded(200u))
        .arg(streets.at(int(random.bounded(quint32(streets.size())))), town, postcode);
}

} // namespace

CaseGenerator::CaseGenerator(quint32 seed)
    : m_seed(seed)
    , m_random(seed)
{}

foi::core::Requester CaseGenerator::requesterOf(int serial) const
{
    QRandomGenerator request(m_seed ^ (0x9e3779b9u * quint32(serial + 1)));
    foi::core::Requester requester;
    if (request.bounded(5u) == 0) {
        // A regular: the same person, email and address every time.
        const quint32 regular = request.bounded(regulars);
        QRandomGenerator person(m_seed ^ (0x85ebca6bu * (regular + 1)));
        const QString &first = moreFirstNames.at(int(person.bounded(40u)));
        const QString &last = moreLastNames.at(int(person.bounded(40u)));
        const QString address = postalAddress(person);
        requester.name = request.bounded(5u) == 0 ? first.left(1) + QStringLiteral(". ") + last
                                                  : first + QLatin1Char(' ') + last;
        requester.email =
            QStringLiteral("%1.%2%3@example.net")
                .arg(first.toLower(), QString(last).remove(QLatin1Char('\'')).toLower())
                .arg(regular);
        if (request.bounded(4u) == 0)
            requester.email = requester.email.toUpper(); // as typed into a web form
        if (person.bounded(2u) == 0)
            requester.addressForCorrespondence =
                request.bounded(2u) == 0
                    ? address
                    : QString(address).replace(QStringLiteral(", "), QStringLiteral("\n"));
        return requester;
    }
    requester.name = moreFirstNames.at(int(request.bounded(40u))) + QLatin1Char(' ') +
                     moreLastNames.at(int(request.bounded(40u)));
    requester.email = QStringLiteral("requester%1@example.org").arg(serial);
    if (request.bounded(3u) == 0) // most write by email alone
        requester.addressForCorrespondence = postalAddress(request);
    return requester;
}

const QString &CaseGenerator::pick(const QStringList &words)
{
    return words.at(int(m_random.bounded(quint32(words.size()))));
}

foi::core::Case CaseGenerator::next(int serial)
{
    using namespace foi::core;
    Case theCase;
    const QDate received = QDate(2010, 1, 4).addDays(serial / 250 + int(m_random.bounded(3u)));
    theCase.reference =
        QStringLiteral("%1-%2").arg(received.year()).arg(serial, 7, 10, QLatin1Char('0'));
    theCase.dateOfReceipt = received;
    // Drawn as before, so that the rest of the case stays what it was; the requester itself
    // comes from its own generator.
    pick(firstNames);
    pick(lastNames);
    theCase.requester = requesterOf(serial);
    const QString subject = pick(subjects);
    const int from = 2012 + int(m_random.bounded(10u));
    const QStringList templates{
        QStringLiteral("How many incidents of %1 were recorded in %2 between %3 and %4? Please "
                       "break the figures down by %5."),
        QStringLiteral("Please provide any policy, guidance or procedure the force holds on %1, "
                       "including the date it was last reviewed."),
        QStringLiteral("What has the force spent on %1 in each financial year from %3 to %4, "
                       "including contracts with suppliers?"),
        QStringLiteral("How many complaints about %1 has the force received since %3, and how "
                       "many were upheld?"),
        QStringLiteral("Does the force use %1 in %2? If so, how many times was it used in %4?"),
        QStringLiteral("Please list the number of officers and staff trained in %1 as at 1 "
                       "January %4, broken down by %5."),
    };
    const int questionCount = 2 + int(m_random.bounded(5u));
    QStringList numbered;
    for (int i = 0; i < questionCount; ++i) {
        Question question;
        question.id = QStringLiteral("Q%1").arg(i + 1);
        // Each template uses some of %1..%5; arg() would renumber them, so replace by number.
        question.text = pick(templates);
        const QStringList values{subject, pick(areas), QString::number(from),
                                 QString::number(from + 1 + int(m_random.bounded(4u))),
                                 pick(breakdowns)};
        for (qsizetype v = 0; v < values.size(); ++v)
            question.text.replace(QLatin1Char('%') + QString::number(v + 1), values.at(v));
        const quint32 decision = m_random.bounded(10u);
        if (decision < 6) {
            question.determination.holding = Holding::Held;
            question.determination.communication = Communication::InFull;
            question.determination.answer =
                QStringLiteral("The force recorded %1 such incidents in the period; the "
                               "figures by %2 are in the attached table.")
                    .arg(m_random.bounded(5000u))
                    .arg(pick(breakdowns));
        } else if (decision < 9) {
            question.determination.holding = Holding::NotHeld;
            question.determination.answer =
                QStringLiteral("The force does not hold this information: it is not "
                               "recorded in a way that can be retrieved.");
        } else {
            question.determination.holding = Holding::NeitherConfirmNorDeny;
        }
        numbered.append(QStringLiteral("%1. %2").arg(i + 1).arg(question.text));
        theCase.questions.append(question);
    }
    // Openings, reasons and closings in the proportions officers see them: most requests are
    // a few lines, some explain themselves at length.
    const QStringList openings{
        QStringLiteral("Dear Sir or Madam, under the Freedom of Information Act I would like to "
                       "ask about %1.\n"),
        QStringLiteral("Hello, please treat this as a request under the Freedom of Information "
                       "Act 2000 for information about %1.\n"),
        QStringLiteral("To the FOI team,\nI am writing to request information held by the "
                       "force about %1.\n"),
    };
    const QStringList reasons{
        QStringLiteral("I am researching %1 for an article in a local newspaper and want to "
                       "compare the force with its neighbours.\n"),
        QStringLiteral("This follows a public meeting in %2 where residents raised concerns about "
                       "%1, and I would like to understand the scale of the issue.\n"),
        QStringLiteral("I am a student writing a dissertation on %1 and the figures will be "
                       "used for academic purposes only.\n"),
    };
    QString request = pick(openings).arg(subject);
    if (m_random.bounded(10u) < 4)
        request += QString(pick(reasons))
                       .replace(QStringLiteral("%1"), subject)
                       .replace(QStringLiteral("%2"), pick(areas));
    request += numbered.join(QLatin1Char('\n'));
    if (m_random.bounded(2u) == 0)
        request += QStringLiteral("\nI would prefer to receive the information electronically, "
                                  "in a spreadsheet if possible. Thank you for your help.");
    theCase.requestText = request;
    // Drawn for every case, open or not, so that the cases after it stay what they were.
    const int daysToReply = 18 + int(m_random.bounded(10u));
    if (serial < m_openFrom)
        theCase.reply.sentOn = received.addDays(daysToReply);
    return theCase;
}

QString CaseGenerator::typedQuery()
{
    QStringList words = pick(subjects).split(QLatin1Char(' '));
    const int take = 1 + int(m_random.bounded(quint32(qMin<qsizetype>(3, words.size()))));
    words = words.mid(0, take);
    QString &last = words.last();
    if (last.size() > 4 && m_random.bounded(2u) == 0)
        last.truncate(3 + int(m_random.bounded(quint32(last.size() - 3))));
    return words.join(QLatin1Char(' '));
}
