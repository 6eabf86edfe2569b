### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### ትግርኛ (Tigrinya). app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = ሰላም { $name }!
letter-child-intro = ኣኼባ ገምጋምኩም ብ{ $when } እዩ።
letter-adult-intro = ናብ ናይ { $name } ኣኼባ ገምጋም ተዓዲምኩም ኣለኹም። ብ{ $when } እዩ።
letter-views = ቅድሚ እቲ ኣኼባ ሓሳባትኩም ክትነግሩና ትኽእሉ ኢኹም።
letter-scan = ነቲ ትርብዒት ብካሜራ ተሌፎን ስካን ግበርዎ።
letter-type-code = ወይ ናብ { $address } ኪዱ እሞ ነዚ ኮድ ጸሓፉ፦
letter-code-works-until = እቲ ኮድ ክሳብ { $date } ይሰርሕ።
letter-qr-label = ዕድምኹም ዝኸፍት QR ኮድ
letter-help = ሓገዝ የድልየኩም ዶ? ንተኸናኻኒኹም ሕተቱ፣ ወይ ተወከሱና፦ { $contact }።
letter-help-no-contact = ሓገዝ የድልየኩም ዶ? ንተኸናኻኒኹም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተቱ።
letter-other-language = እዚ ደብዳበ ብትግርኛ እውን ይርከብ፦ ነቲ ኮድ ጸሓፉ፣ ድሕሪኡ ትግርኛ ምረጹ።

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = ሰላም { $name }፣
mail-invite-subject = Heard፦ ሓሳባትኩም ክተካፍሉ ተዓዲምኩም ኣለኹም
mail-invite-body = ቅድሚ ኣኼባ ገምጋም ሓሳባትኩም ክተካፍሉ ተዓዲምኩም ኣለኹም።
mail-changed-subject = Heard፦ ኣኼባ ገምጋም ተቐዪሩ ኣሎ
mail-changed-body = ዕለት፣ ሰዓት ወይ ምድላዋት ናይቲ ኣኼባ ገምጋም ተቐዪሩ ኣሎ።
mail-cancelled-subject = Heard፦ ኣኼባ ገምጋም ተሰሪዙ ኣሎ
mail-cancelled-body = እቲ ዝተዓደምኩምሉ ኣኼባ ገምጋም ተሰሪዙ ኣሎ። ምምሕዳርኩም ክረኽበኩም እዩ።
mail-reminder-subject = Heard፦ ሓሳባትኩም ንምክፋል መዘኻኸሪ
mail-reminder-body = ቅድሚ ኣኼባ ገምጋም ሓሳባትኩም ንምክፋል ገና ግዜ ኣሎ።
mail-letter-subject = Heard፦ ካብ ናትኩም IRO ዝመጸ ደብዳበ
mail-letter-body = ናትኩም IRO ብዛዕባ ኣኼባ ገምጋምኩም ጽሒፎምልኩም ኣለዉ። ንምንባቡ ሊንክኩም ክፈቱ። ምስጢርኩም ከድልየኩም እዩ።
mail-open-link = ሊንክኩም ክፈቱ፦
mail-link-private = እዚ ሊንክ ንዓኹም ጥራይ እዩ። በጃኹም ንኻልእ ሰብ ኣይተካፍልዎ።
mail-ignore = ነዚ መልእኽቲ እንተዘይተጸቢኹምዎ፣ ሸለል ክትብልዎ ትኽእሉ ኢኹም።
mail-other-language = እዚ ኣገልግሎት ብትግርኛ እውን ይርከብ።

## Email to staff (no personal details)

mail-alert-subject = Heard፦ ብዛዕባ ሓደ እትግምግምዎ ቆልዓ ህጹጽ መጠንቀቕታ
mail-alert-body = ሓደ ቆልዓ ውሕስነት ከም ዘይስምዖ ገሊጹ። መን ምዃኑ ንምርኣይን ስጉምቲ ንምውሳድን ሕጂ Heard ክፈቱ፦
mail-duty-alert-body = ሓደ ቆልዓ ውሕስነት ከም ዘይስምዖ ገሊጹ። IRO ናይቲ ቆልዓ ተሓቢሮም ኣለዉ። በጃኹም ሕጂ ንጉጅለ ገምጋም ተወከሱ፦
mail-advocacy-subject = Heard፦ ሕቶ ተጣባቓይ
mail-parent-advocacy-body = ወላዲ ሓደ ኣብ ክንክን ዘሎ ቆልዓ ንርእሶም ተጣባቓይ ሓቲቶም ኣለዉ። በጃኹም ንጉጅለ ገምጋም ተወከሱ፣ ቁጽሪ መወከሲ { $reference } ጥቀሱ፦
mail-advocacy-body = ሓደ ቆልዓ ወይ መንእሰይ ተጣባቓይ ሓቲቱ። በጃኹም ንጉጅለ ገምጋም ተወከሱ፣ ቁጽሪ መወከሲ { $reference } ጥቀሱ፦
mail-message-subject = Heard፦ ካብ ሓደ እትግምግምዎ ቆልዓ ዝመጸ መልእኽቲ
mail-message-body = ሓደ ቆልዓ መልእኽቲ ሰዲዱልኩም ኣሎ። ንምንባቡ Heard ክፈቱ፦
mail-staff-footer = እዚ መልእኽቲ ውልቃዊ ሓበሬታ የብሉን። ንምርኣዩ ናብ Heard እተዉ።
