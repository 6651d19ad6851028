// A fragment joined across lines.
QString title(const QString &name)
{
    return name +
           tr(" is open");
}
