"""Word lists the data generator draws realistic contacts, subjects and messages from.

Names include accents and other non-ASCII letters on purpose: the filter
case-folds, and "Zoë" must cost the same to find as "Anna".
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Aaliyah Aarav Abdul Ada Adebayo Adriana Agnieszka Ahmed Aiko Aisha Akira Alejandro Aleksandr "
    "Alice Amara Amélie Ana Anders Andrea Anja Anna Antoine Arjun Astrid Ayesha Bartosz Beatriz "
    "Ben Bianca Björn Camille Carlos Carmen Chen Chiara Chloé Chloe Claire Daniel Dara David "
    "Dmitri Elena Eleni Elif Elijah Emeka Emil Emma Ethan Fatima Felipe Fernanda Finn François "
    "Freya Gabriel Grace Hana Hannah Hiroshi Ibrahim Ines Ingrid Isabel Ivan Jakub James Jana "
    "Javier Jin João Jonas José Julia Kai Kamala Karin Kateřina Kenji Kofi Laila Lars Laura Léa "
    "Leila Liam Lina Lucas Lucía Łukasz Maja Malik Mano Marek María Mariam Mateo Matteo Maya "
    "Mehmet Mei Mia Miguel Milan Min-jun Mohammed Nadia Naomi Nikhil Nils Noah Noor Olivia Omar "
    "Oscar Paolo Paula Pedro Petra Pia Priya Rafael Rahul Ravi Rosa Ruth Sakura Samir Sara "
    "Sebastián Selin Seo-yeon Siddharth Simone Sofia Søren Stefan Sunita Tariq Theo Tomasz Uma "
    "Valentina Victor Wei William Yara Yasmin Yusuf Zainab Zara Zoë Zofia"
)

LAST_NAMES = _words(
    "Abara Achterberg Adeyemi Almeida Andersen Ansari Bakker Banerjee Becker Bergström Bianchi "
    "Brown Castillo Çelik Chen Costa Dąbrowski Dubois Dvořák Eriksen Fernández Fischer Fontaine "
    "García Gonzalez Gupta Haddad Hansen Hernández Horvath Hoffmann Ibrahim Ivanova Jansen "
    "Jensen Johansson Kaczmarek Kapoor Kim Kowalski Kuznetsov Larsen Laurent Lee Lindqvist "
    "López Mahmoud Martin Martínez Mendes Moreau Müller Murphy Nakamura Ndlovu Nguyễn Nielsen "
    "Novak Nowak O'Brien O'Connor Ødegaard Okafor Okonkwo Oliveira Owusu Park Patel Pereira "
    "Petrov Popescu Quinn Raman Reddy Richter Rossi Russo Sánchez Santos Sato Schmidt Schneider "
    "Shah Silva Singh Smith Sokolov Suzuki Svensson Takahashi Tanaka Thompson Torres Vandenberg "
    "Varga Virtanen Wagner Walsh Wang Weber Williams Wiśniewski Yamamoto Yılmaz Zhang Zieliński"
)

ORG_PREFIXES = _words(
    "Acme Amberline Bluefin Brightwave Cobalt Copperleaf Driftwood Evergreen Fieldstone Foxglove "
    "Granite Harbor Ironbark Juniper Keystone Larkspur Lumen Meridian Nimbus Northwind Oakridge "
    "Pinecrest Quartz Redwood Silverline Sparrow Tidewater Umbra Vantage Willow Yellowtail Zephyr"
)

ORG_SUFFIXES = (
    "Labs",
    "Analytics",
    "Health",
    "Robotics",
    "Capital",
    "Systems",
    "Talent",
    "Partners",
    "Studio",
    "Logistics",
    "Bank",
    "Energy",
    "Foods",
    "Media",
    "Software",
    "Consulting",
    "Bio",
    "Security",
    "Cloud",
    "Games",
    "Recruiting",
    "Ventures",
)

ROLES = (
    "Technical recruiter",
    "Talent partner",
    "Head of talent",
    "Engineering manager",
    "Staff engineer",
    "Senior software engineer",
    "Product manager",
    "Head of product",
    "VP Engineering",
    "CTO",
    "Founder",
    "Co-founder & CEO",
    "Data scientist",
    "Design lead",
    "UX researcher",
    "Hiring manager",
    "People operations",
    "Principal consultant",
    "Account executive",
    "Professor",
    "PhD student",
    "Mentor",
    "Former colleague",
    "Investor",
    "Journalist",
    "Event organiser",
)

ROLE_TITLES = (
    "backend engineer",
    "frontend engineer",
    "data engineer",
    "platform engineer",
    "site reliability engineer",
    "machine learning engineer",
    "product designer",
    "engineering manager",
    "product manager",
    "data analyst",
    "security engineer",
    "mobile developer",
    "solutions architect",
    "developer advocate",
    "QA lead",
)

SENIORITY = ("Junior", "Mid-level", "Senior", "Staff", "Lead", "Principal", "Head of")
PLACES = (
    "remote",
    "hybrid in Berlin",
    "London",
    "Lisbon",
    "Amsterdam",
    "New York",
    "Toronto",
    "Warszawa",
    "São Paulo",
    "Zürich",
    "Singapore",
    "Bengaluru",
    "Nairobi",
    "remote EU",
)
ROUNDS = ("First-round", "Second-round", "Technical", "System design", "Final", "Culture-fit")
HELP = (
    "CV review",
    "referral",
    "portfolio feedback",
    "salary advice",
    "mock interview",
    "introduction",
    "reference call",
    "book recommendation",
)
THINGS = (
    "the slides",
    "my portfolio",
    "references",
    "the contract draft",
    "a writing sample",
    "the take-home solution",
    "availability for next week",
    "the paper draft",
    "notes from the call",
    "the budget numbers",
)
TOPICS = (
    "Rust in production",
    "data platforms",
    "career change",
    "open-source funding",
    "hiring in fintech",
    "climate tech",
    "developer experience",
    "LLM evaluation",
    "remote team rituals",
    "accessibility audits",
    "pricing strategy",
    "the conference talk",
    "mentoring",
    "Kubernetes migration",
)
COLLABS = ("workshop", "podcast", "joint paper", "side project", "panel", "blog series")
MISC = (
    "Follow-up on the meetup",
    "Alumni newsletter",
    "Question about the talk",
    "Board seat invitation",
    "Reference request",
    "Speaking invitation",
    "Conference ticket",
    "Volunteer opportunity",
)

MESSAGES = (
    "",
    "",
    "Thanks for getting back to me so quickly.",
    "Would Tuesday or Thursday afternoon work for a call?",
    "Attaching the document we discussed.",
    "Just checking in on this — any news?",
    "Sorry for the slow reply, it has been a busy week.",
    "Happy to help, let me know what you need.",
    "Great talking today, here are the links I mentioned.",
    "Could you share a bit more about the team?",
    "I will get back to you by Friday.",
    "Following up on my previous message.",
    "Confirmed for 10:00 CET, video link below.",
    "Thank you for the introduction!",
    "The salary range is 85–110k depending on level.",
    "We decided to move forward with another candidate.",
    "Looking forward to it.",
    "Let me think about it over the weekend.",
)

TAGS = ("job-search", "mentor", "alumni", "conference", "client", "friend", "vip", "recruiter")
BLOCK_REASONS = ("Spam", "Unsolicited sales", "Asked to stop contacting me")
