#include "CertificateDialog.h"

#include "ui_CertificateDialog.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

namespace kontor::gui {

namespace {

// "ab12cd..." -> "AB:12:CD:...", the way administrators read fingerprints out, 16 bytes to a line.
QString grouped(const QString& hex)
{
    QStringList lines;
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        pairs << hex.mid(i, 2).toUpper();
        if (pairs.size() == 16) {
            lines << pairs.join(QLatin1Char(':'));
            pairs.clear();
        }
    }
    if (!pairs.isEmpty())
        lines << pairs.join(QLatin1Char(':'));
    return lines.join(QLatin1String(":\n"));
}

} // namespace

CertificateDialog::CertificateDialog(const QString& profileName, const QString& host,
                                     const PeerCertificate& certificate, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CertificateDialog)
    , m_certificate(certificate)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate of %1").arg(host));
    m_ui->introLabel->setText(tr("Kontor could not verify the certificate that %1 presented for the profile '%2', "
                                 "so it did not connect.")
                                  .arg(host, profileName));
    const QLocale locale;
    m_ui->subjectValue->setText(certificate.subject.isEmpty() ? tr("(not named)") : certificate.subject);
    m_ui->issuerValue->setText(certificate.issuer.isEmpty() ? tr("(not named)") : certificate.issuer);
    m_ui->validityValue->setText(tr("from %1 to %2")
                                     .arg(locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                                          locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat)));
    m_ui->fingerprintValue->setText(grouped(certificate.sha256));
    m_ui->fingerprintValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->problemsValue->setText(certificate.problems.join(QLatin1Char('\n')));
    QPushButton* trust =
        m_ui->buttonBox->addButton(tr("&Trust this certificate for this profile"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        emit trusted(m_certificate.sha256);
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The details are not wrapped (a fingerprint or a date cut in two is hard to read out); the layout's
    // SetMinimumSize constraint keeps the dialog wide enough for them in every language.
    setMinimumWidth(560);
}

CertificateDialog::~CertificateDialog() = default;

} // namespace kontor::gui
