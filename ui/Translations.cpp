#include "Translations.h"

#include "Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyway::ui {

Translations::Translations(QString directory, QString qtDirectory)
    : m_directory(std::move(directory)),
      m_qtDirectory(qtDirectory.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath) : std::move(qtDirectory))
{ }

Translations::~Translations()
{
    uninstall();
}

QLocale Translations::localeFor(const QSettings &settings)
{
    const QString language = settings.value(Preferences::languageKey).toString().trimmed();
    if (language.isEmpty())
        return QLocale::system();
    const QLocale locale(language);
    // QLocale falls back to "C" for a code it does not know: then follow the system after all.
    return locale.language() == QLocale::C ? QLocale::system() : locale;
}

void Translations::uninstall()
{
    if (m_keyway && m_installed)
        QCoreApplication::removeTranslator(m_keyway.get());
    if (m_qt && m_installed)
        QCoreApplication::removeTranslator(m_qt.get());
    m_keyway.reset();
    m_qt.reset();
    m_installed = false;
    m_qtLoaded = false;
    m_loadedFile.clear();
}

bool Translations::install(const QLocale &locale, bool makeDefault)
{
    uninstall();
    if (makeDefault)
        QLocale::setDefault(locale);
    m_keyway = std::make_unique<QTranslator>();
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages and their fallbacks (de_AT -> de).
    const bool loaded = m_keyway->load(locale, u"keyway"_s, u"_"_s, m_directory);
    // No translation for this language: English, the source language, whose file holds its plural forms.
    const bool anyLoaded = loaded || m_keyway->load(QLocale(QLocale::English), u"keyway"_s, u"_"_s, m_directory);
    if (anyLoaded)
        m_loadedFile = m_keyway->filePath();
    m_qt = std::make_unique<QTranslator>();
    m_qtLoaded = m_qt->load(locale, u"qtbase"_s, u"_"_s, m_qtDirectory);
    if (m_qtLoaded)
        QCoreApplication::installTranslator(m_qt.get());
    if (anyLoaded)
        QCoreApplication::installTranslator(m_keyway.get());
    m_installed = true;
    return loaded;
}

bool Translations::installFor(const QSettings &settings)
{
    const bool overridden = !settings.value(Preferences::languageKey).toString().trimmed().isEmpty();
    return install(localeFor(settings), overridden);
}

QList<Translations::Language> Translations::availableLanguages() const
{
    QList<Language> languages;
    const QStringList files = QDir(m_directory).entryList({u"keyway_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(int(qstrlen("keyway_")), file.size() - int(qstrlen("keyway_")) - int(qstrlen(".qm")));
        const QLocale locale(code);
        if (code.isEmpty() || locale.language() == QLocale::C)
            continue;
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({code, name.isEmpty() ? code : name});
    }
    std::stable_sort(languages.begin(), languages.end(), [](const Language &a, const Language &b) {
        return (a.code.startsWith(u"en"_s) ? 0 : 1) < (b.code.startsWith(u"en"_s) ? 0 : 1);
    });
    return languages;
}

} // namespace keyway::ui
