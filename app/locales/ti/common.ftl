### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone: Welsh uses "chi".
### ትግርኛ (Tigrinya). app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Heard
app-tagline = ድምጽኹም ኣብ ገምጋምኩም
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
language-switch-label = ቋንቋ
help-now = ቅልጡፍ ሓገዝ
main-navigation = ቀንዲ መምረጺ
home = መበገሲ
footer-accessibility = መግለጺ ተበጻሕነት
footer-help = ቅልጡፍ ሓገዝ
footer-credits = ምስጋናን ፍቓዳትን

## The landing page

landing-title = Heard፦ ድምጽኹም ኣብ ገምጋምኩም
landing-intro1 = Heard ንኣብ ክንክን ዘለዉ ቆልዑን መንእሰያትን ሓሳባቶም ክገልጹ ይሕግዞም።
landing-intro2 = ቅድሚ ኣኼባ ገምጋምኩም ክትምልሱ ትኽእሉ ኢኹም።
landing-intro3 = ስእልታት፣ ቃላት ወይ ድምጺ ብገዛእ ቋንቋኹም ተጠቐሙ።
landing-intro4 = ወለድን ተኸናኸንትን እውን ሓሳባቶም ክሰዱ ይኽእሉ እዮም።
landing-intro5 = እቲ ኣኼባኹም ዘካይድ ሰብ ቅድም ንኹሉ የንብቦ።
landing-have-code = ደብዳበ ወይ ሊንክ በጺሑኩም ዶ?
landing-have-code-text = ኣብ መልእኽትኹም ዘሎ ሊንክ ክፈቱ፣ ወይ ካብ ደብዳቤኹም ዘሎ ኮድ ጸሓፉ።
landing-staff = ሰራሕተኛታት ምምሕዳር
landing-staff-sign-in = ምእታው ሰራሕተኛታት

## Errors any page can show

error-summary-title = ጸገም ኣሎ
err-not-found = ነዚ ክንረኽቦ ኣይከኣልናን።
err-something-wrong = ብወገንና ሓደ ጌጋ ኣጋጢሙ። ዝተቐየረ ነገር የለን። በጃኹም ደጊምኩም ፈትኑ።
not-found-title = ገጽ ኣይተረኽበን
not-found-text = ነቲ ገጽ ክንረኽቦ ኣይከኣልናን። ነቲ ኣድራሻ ኣረጋግጹ፣ ወይ ናብ መጀመርታ ተመለሱ።
go-to-start = ናብ መጀመርታ ኪዱ
calm-busy-title = Heard ተጸሚዱ ኣሎ
calm-busy = Heard ንሓጺር እዋን ተጸሚዱ ኣሎ። ካብቲ ዝሰደድኩምዎ ዝጠፍአ የለን። በጃኹም ቁሩብ ካልኢታት ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
calm-bad-request-title = እዚ ከም ዝተጸበናዮ ኣይበጽሐን
calm-bad-request = Heard ነቲ ዝተላእከ ከንብቦ ኣይከኣለን። ዝተቐየረ ነገር የለን። ተመለሱ እሞ ደጊምኩም ፈትኑ።
calm-broken-title = ሓደ ጌጋ ኣጋጢሙ
calm-broken = ብወገንና ሓደ ጌጋ ኣጋጢሙ። ብሰንኩም ኣይኮነን። በጃኹም ደጊምኩም ፈትኑ።
calm-try-again = ተመለሱ እሞ ደጊምኩም ፈትኑ

## Accessibility statement

a11y-title = መግለጺ ተበጻሕነት
a11y-p1 = Heard ብእቶም ዝጥቀሙሉ ምምሕዳራት እዩ ዝካየድ። ክሳብ ዝከኣል ብዙሓት ሰባት ክጥቀሙሉ ክኽእሉ ንደሊ ኢና።
a11y-p2 = Heard ኣብ 320 ፒክሰል ስፍሓት ክትጥቀሙሉ፣ ክሳብ 200% ከተጋፍሕዎ፣ ብኪቦርድ ወይ ብኣንባቢ ስክሪን ክትጥቀሙሉ ክትክእሉ ይግባእ።
a11y-p3 = ነፍሲ ወከፍ ገጽ ስክሪፕታቱ ቅድሚ ምጽዓኖም ይሰርሕ። ቆልዑን ወለድን ተኸናኸንትን Heard ብዌልሽን፣ ብእንግሊዝኛን፣ ብቶም ምምሕዳሮም ዘቕርቦም ካልኦት ቋንቋታትን ክጥቀሙሉ ይኽእሉ እዮም። ገጻት ሰራሕተኛታት ብዌልሽን ብእንግሊዝኛን እዮም።
a11y-compliance-heading = ኩነታት ምኽባር መምርሒታት
a11y-compliance = ዕላማና ንመምርሒታት ተበጻሕነት ትሕዝቶ መርበብ (WCAG) 2.2 ኣብ ደረጃ AA ምምላእ እዩ። ቅድሚ ነፍሲ ወከፍ ሕታም፣ ብ axe-core ኣውቶማቲክ ምርመራታት ኣብ ኩሉ ገጻት ብክልቲኡ ቋንቋታት ይካየድ።
a11y-report-heading = ጸገም ምሕባር
a11y-report = ሓደ ነገር እንተዘይሰሪሑልኩም፣ ንምምሕዳርኩም ወይ ነቲ ሊንክ ዝሰደደልኩም ሰብ ሓብሩ። ኣብ ውሽጢ 10 መዓልታት ስራሕ መልሲ ክንህብ ኢና።
a11y-enforcement = ብመልስና እንተዘይዓጊብኩም፣ ንኣገልግሎት ምኽርን ደገፍን ማዕርነት (EASS) ተወከሱ።
a11y-prepared = እዚ መግለጺ ብ23 ሕዳር 2026 ተዳልዩ።

## Credits and licences

credits-title = ምስጋናን ፍቓዳትን
credits-symbols = ምልክታት፦
credits-voices = ብዓውታ ዝተነበቡ ቅዳሓት ዝተሰርሑሉ መሳርሒ፦
credits-fonts = ኣብ ዝተሓለዉ PDF ፋይላት ዘሎ ቅርጺ ፊደል፦
credits-own-symbols = ሓደ ምምሕዳር ኣብ ክንድዚኦም ናቱ ፍቓድ ዘለዎም ምልክታት (ንኣብነት Widgit) ክጥቀም ይኽእል።
credits-intro = Heard ብክፉት ምንጪ ሶፍትዌር እዩ ተሰሪሑ።
