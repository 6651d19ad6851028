// Each way CheckConcatenation.cmake looks for, once, for translations_concatenation_detected.
QString BadLabel::due(const QString &date) const
{
    return tr("Due ") + date;
}

QString BadLabel::heading(const QString &reference) const
{
    return reference + tr(": the request");
}

QString BadLabel::note(QString text) const
{
    text += tr(" (not in this store)");
    return text;
}

// Not a fragment: one sentence with a placeholder.
QString BadLabel::fine(const QString &date) const
{
    return tr("Due on %1").arg(date);
}
