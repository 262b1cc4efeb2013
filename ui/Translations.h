#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QSettings;
class QTranslator;

namespace keyway::ui {

// The user-interface language: Keyway's own translations (keyway_<lang>.qm, embedded by qt_add_translations under
// :/i18n) and Qt's (qtbase_<lang>.qm from Qt's translations folder, when installed: Debian's
// qt6-translations-l10n). The language follows the system locale unless the settings key
// "preferences/language" (Preferences::languageKey) names one: "" or absent = the system locale, otherwise a code
// such as "de" or "en". Read once at start-up: a change takes effect on the next start.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    struct Language
    {
        QString code; // "de"
        QString name; // in its own language: "Deutsch"
    };

    // `directory`: where keyway_*.qm are (":/i18n" in the application); `qtDirectory`: where qtbase_*.qm are
    // (empty: Qt's own translations folder).
    explicit Translations(QString directory = QStringLiteral(":/i18n"), QString qtDirectory = {});
    ~Translations(); // removes the installed translators

    // The locale the settings ask for: the override when set, the system locale otherwise.
    static QLocale localeFor(const QSettings &settings);
    // Installs the translators for `locale` into the running application, replacing earlier ones. Also makes
    // `locale` the default QLocale when `makeDefault` (an explicit override: numbers and dates follow it too).
    // False when Keyway has no translation for it (the English source texts are shown then).
    bool install(const QLocale &locale, bool makeDefault = false);
    // localeFor() + install(): what main() calls.
    bool installFor(const QSettings &settings);

    bool hasQtTranslation() const { return m_qtLoaded; }
    QString loadedFile() const { return m_loadedFile; }

    // The languages Keyway has a translation for, by code, English first.
    QList<Language> availableLanguages() const;

private:
    void uninstall();

    QString m_directory;
    QString m_qtDirectory;
    std::unique_ptr<QTranslator> m_keyway;
    std::unique_ptr<QTranslator> m_qt;
    bool m_installed = false;
    bool m_qtLoaded = false;
    QString m_loadedFile;
};

} // namespace keyway::ui
